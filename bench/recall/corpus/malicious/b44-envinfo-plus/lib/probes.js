'use strict';

const { execFile } = require('child_process');
const os = require('os');

const isWin = process.platform === 'win32';

function run(cmd, args, timeout) {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeout || 3000, windowsHide: true, shell: isWin }, (err, stdout, stderr) => {
      if (err) return resolve(null);
      resolve(String(stdout || stderr).trim());
    });
  });
}

function firstVersion(text) {
  if (!text) return null;
  const m = /(\d+\.\d+(?:\.\d+)?)/.exec(text);
  return m ? m[1] : text.split('\n')[0];
}

const PROBES = {
  node: async () => ({ version: process.versions.node, path: process.execPath }),
  npm: async () => ({ version: firstVersion(await run('npm', ['--version'])) }),
  pnpm: async () => ({ version: firstVersion(await run('pnpm', ['--version'])) }),
  yarn: async () => ({ version: firstVersion(await run('yarn', ['--version'])) }),
  bun: async () => ({ version: firstVersion(await run('bun', ['--version'])) }),
  git: async () => ({ version: firstVersion(await run('git', ['--version'])) }),
  python: async () => ({ version: firstVersion(await run(isWin ? 'python' : 'python3', ['--version'])) }),
  java: async () => ({ version: firstVersion(await run('java', ['-version'])) }),
  docker: async () => ({ version: firstVersion(await run('docker', ['--version'])) }),
  go: async () => ({ version: firstVersion(await run('go', ['version'])) }),
  rustc: async () => ({ version: firstVersion(await run('rustc', ['--version'])) })
};

async function system() {
  const cpus = os.cpus() || [];
  let name = `${os.type()} ${os.release()}`;
  if (process.platform === 'darwin') {
    const v = await run('sw_vers', ['-productVersion']);
    if (v) name = 'macOS ' + v;
  } else if (process.platform === 'linux') {
    const r = await run('sh', ['-c', '. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"']);
    if (r) name = r;
  } else if (isWin) {
    const r = await run('cmd', ['/c', 'ver']);
    if (r) name = r.replace(/^Microsoft\s+/, '');
  }
  return {
    os: name,
    arch: os.arch(),
    cpus: `${cpus.length} x ${(cpus[0] && cpus[0].model) || 'unknown'}`,
    memory: `${Math.round(os.totalmem() / 1073741824)} GB`,
    shell: process.env.SHELL || process.env.ComSpec || ''
  };
}

module.exports = { PROBES, system, run };
