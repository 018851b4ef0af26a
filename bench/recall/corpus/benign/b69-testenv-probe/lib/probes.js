'use strict';
const fs = require('fs');
const os = require('os');
const { spawnSync } = require('child_process');

const read = (p) => { try { return fs.readFileSync(p, 'utf8'); } catch (_) { return ''; } };

function container() {
  if (fs.existsSync('/.dockerenv')) return 'docker';
  if (fs.existsSync('/run/.containerenv')) return 'podman';
  const cg = read('/proc/1/cgroup');
  if (/kubepods/.test(cg) || process.env.KUBERNETES_SERVICE_HOST) return 'kubernetes';
  if (/docker|containerd/.test(cg)) return 'docker';
  if (/lxc/.test(cg) || read('/proc/1/environ').includes('container=lxc')) return 'lxc';
  if (process.env.container) return process.env.container;
  return null;
}

function wsl() {
  return process.platform === 'linux' && /microsoft|wsl/i.test(os.release() + read('/proc/version'));
}

// gVisor, Firecracker jails and similar sandboxes commonly used by hosted test runners.
function sandbox() {
  const v = read('/proc/version');
  if (/gVisor/i.test(v) || read('/proc/self/status').includes('gVisor')) return 'gvisor';
  if (process.env.CODESANDBOX_HOST || process.env.CSB) return 'codesandbox';
  if (process.env.STACKBLITZ || process.versions.webcontainer) return 'webcontainer';
  if (process.env.REPL_ID) return 'replit';
  return null;
}

function ci() {
  const e = process.env;
  return !!(e.CI && e.CI !== 'false') || !!(e.GITHUB_ACTIONS || e.GITLAB_CI || e.BUILDKITE || e.TF_BUILD || e.JENKINS_URL || e.CIRCLECI);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function canBindLowPort() {
  if (process.platform === 'win32') return true;
  const r = spawnSync(process.execPath, ['-e', "require('net').createServer().listen(81,'127.0.0.1',function(){this.close()}).on('error',()=>process.exit(3))"], { timeout: 3000, stdio: 'ignore' });
  return r.status === 0;
}

function canUserNamespace() {
  if (process.platform !== 'linux') return false;
  if (read('/proc/sys/kernel/unprivileged_userns_clone').trim() === '0') return false;
  const r = spawnSync('unshare', ['--user', '--map-root-user', 'true'], { timeout: 3000, stdio: 'ignore' });
  return r.status === 0;
}

function hasBinary(bin) {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [bin], { stdio: 'ignore' });
  return r.status === 0;
}

function network(host = 'example.com') {
  const r = spawnSync(process.execPath, ['-e', `require('dns').lookup(${JSON.stringify(host)},e=>process.exit(e?3:0))`], { timeout: 4000, stdio: 'ignore' });
  return r.status === 0;
}

// Rough speed factor: 1 on a typical dev laptop; > 2 on throttled CI runners.
function slowness() {
  const t = process.hrtime.bigint();
  let x = 0;
  for (let i = 0; i < 3e6; i++) x = (x + i * 2654435761) >>> 0;
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return Math.max(0.25, Math.round((ms / 6) * 100) / 100 + (x & 0));
}

function resources() {
  return { cpus: os.cpus().length, memGB: Math.round(os.totalmem() / 1e8) / 10, uptimeMin: Math.round(os.uptime() / 60) };
}

module.exports = { container, wsl, sandbox, ci, isRoot, canBindLowPort, canUserNamespace, hasBinary, network, slowness, resources };
