'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { spawn, execFileSync } = require('child_process');

// Finds a running local Jupyter server via its runtime files, the same way
// `jupyter server list` does.
function runtimeDir(bin) {
  try { return execFileSync(bin, ['--runtime-dir'], { encoding: 'utf8', timeout: 10000 }).trim(); }
  catch (_) { return path.join(os.homedir(), '.local', 'share', 'jupyter', 'runtime'); }
}

function findRunning(bin) {
  const dir = runtimeDir(bin);
  let files = [];
  try { files = fs.readdirSync(dir).filter((f) => /^(jpserver|nbserver)-\d+\.json$/.test(f)); } catch (_) { return null; }
  for (const f of files) {
    try {
      const info = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      process.kill(info.pid, 0);
      if (['localhost', '127.0.0.1', '::1'].includes(info.hostname) || /^http:\/\/(localhost|127\.0\.0\.1)/.test(info.url)) {
        return { url: info.url.replace(/\/$/, ''), token: info.token, pid: info.pid, owned: false };
      }
    } catch (_) { /* stale runtime file */ }
  }
  return null;
}

function start(bin, port, cwd, log) {
  const token = crypto.randomBytes(24).toString('hex');
  const child = spawn(bin, ['server', '--no-browser', '--ip=127.0.0.1', `--port=${port}`, '--port-retries=0', `--IdentityProvider.token=${token}`, `--ServerApp.root_dir=${cwd}`], {
    cwd, stdio: ['ignore', 'pipe', 'pipe'], env: process.env
  });
  child.stderr.on('data', (d) => log(String(d).trim()));
  return new Promise((resolve, reject) => {
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30000;
    const poll = async () => {
      try {
        const res = await fetch(`${url}/api/status`, { headers: { authorization: `token ${token}` } });
        if (res.ok) return resolve({ url, token, pid: child.pid, owned: true, child });
      } catch (_) { /* not up yet */ }
      if (Date.now() > deadline || child.exitCode !== null) return reject(new Error('jupyter server did not start (is jupyter installed?)'));
      setTimeout(poll, 500);
    };
    child.once('error', reject);
    setTimeout(poll, 800);
  });
}

module.exports = { findRunning, start };
