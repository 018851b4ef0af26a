'use strict';
const { execFileSync, execFile, spawn } = require('child_process');
const fs = require('fs');

function has(bin) {
  try { execFileSync(process.platform === 'win32' ? 'where' : 'which', [bin], { stdio: 'ignore' }); return true; } catch { return false; }
}

function pipeIn(cmd, args) {
  return {
    write: (text) => new Promise((resolve, reject) => {
      const p = spawn(cmd, args, { stdio: ['pipe', 'ignore', 'ignore'] });
      p.on('error', reject);
      p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}`))));
      p.stdin.end(text);
    }),
    writeSync: (text) => { execFileSync(cmd, args, { input: text }); },
  };
}

function readOut(cmd, args) {
  return {
    read: () => new Promise((resolve, reject) => execFile(cmd, args, { encoding: 'utf8', maxBuffer: 32 << 20 }, (e, out) => (e ? reject(e) : resolve(out)))),
    readSync: () => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 32 << 20 }),
  };
}

function isWsl() {
  try { return /microsoft/i.test(fs.readFileSync('/proc/version', 'utf8')); } catch { return false; }
}

function detect() {
  if (process.platform === 'darwin') return { ...pipeIn('pbcopy', []), ...readOut('pbpaste', []) };
  if (process.platform === 'win32' || isWsl()) {
    const ps = process.platform === 'win32' ? 'powershell' : 'powershell.exe';
    return { ...pipeIn(process.platform === 'win32' ? 'clip' : 'clip.exe', []), ...readOut(ps, ['-NoProfile', '-Command', 'Get-Clipboard -Raw']) };
  }
  if (process.env.WAYLAND_DISPLAY && has('wl-copy')) return { ...pipeIn('wl-copy', []), ...readOut('wl-paste', ['--no-newline']) };
  if (has('xclip')) return { ...pipeIn('xclip', ['-selection', 'clipboard']), ...readOut('xclip', ['-selection', 'clipboard', '-o']) };
  if (has('xsel')) return { ...pipeIn('xsel', ['--clipboard', '--input']), ...readOut('xsel', ['--clipboard', '--output']) };
  return null;
}

module.exports = { detect };
