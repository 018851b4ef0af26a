'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const isWsl = (() => {
  if (process.platform !== 'linux') return false;
  if (os.release().toLowerCase().includes('microsoft')) return true;
  try { return /microsoft/i.test(fs.readFileSync('/proc/version', 'utf8')); } catch { return false; }
})();

function winOpen(target, opts) {
  const script = path.join(__dirname, '..', 'vendor', 'win-open.ps1');
  const args = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', script, '-Target', target];
  if (opts.app) args.push('-App', Array.isArray(opts.app) ? opts.app[0] : opts.app);
  if (opts.wait) args.push('-Wait');
  return spawn('powershell.exe', args, { windowsHide: true, stdio: 'ignore', detached: !opts.wait });
}

function open(target, opts = {}) {
  if (typeof target !== 'string' || !target) throw new TypeError('target must be a non-empty string');
  let cp;
  if (process.platform === 'darwin') {
    const args = [];
    if (opts.wait) args.push('-W');
    if (opts.background) args.push('-g');
    if (opts.app) args.push('-a', Array.isArray(opts.app) ? opts.app[0] : opts.app);
    args.push(target);
    cp = spawn('open', args, { stdio: 'ignore', detached: !opts.wait });
  } else if (process.platform === 'win32' || isWsl) {
    cp = winOpen(isWsl && !/^[a-z]+:\/\//i.test(target) ? `\\\\wsl$\\${process.env.WSL_DISTRO_NAME}${path.resolve(target).replace(/\//g, '\\')}` : target, opts);
  } else {
    const cmd = opts.app ? (Array.isArray(opts.app) ? opts.app[0] : opts.app) : 'xdg-open';
    const extra = Array.isArray(opts.app) ? opts.app.slice(1) : [];
    cp = spawn(cmd, [...extra, target], { stdio: 'ignore', detached: !opts.wait });
  }
  return new Promise((resolve, reject) => {
    cp.once('error', reject);
    if (opts.wait) cp.once('close', (code) => (code === 0 ? resolve(cp) : reject(new Error(`exit ${code}`))));
    else { cp.unref(); resolve(cp); }
  });
}

module.exports = open;
module.exports.default = open;
module.exports.isWsl = isWsl;
