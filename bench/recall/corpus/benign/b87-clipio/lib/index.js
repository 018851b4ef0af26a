'use strict';

const { execFile, execFileSync, spawn } = require('child_process');
const fs = require('fs');

function isWsl() {
  if (process.platform !== 'linux') return false;
  try {
    return /microsoft/i.test(fs.readFileSync('/proc/version', 'utf8'));
  } catch {
    return false;
  }
}

function which(cmd) {
  const paths = (process.env.PATH || '').split(':');
  return paths.some((p) => {
    try {
      fs.accessSync(`${p}/${cmd}`, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function backend() {
  if (process.platform === 'darwin') return { copy: ['pbcopy', []], paste: ['pbpaste', []] };
  if (process.platform === 'win32' || isWsl()) {
    const ps = process.platform === 'win32' ? 'powershell' : 'powershell.exe';
    return {
      copy: [ps, ['-NoProfile', '-NonInteractive', '-Command', '$input | Set-Clipboard']],
      paste: [ps, ['-NoProfile', '-NonInteractive', '-Command', '[Console]::OutputEncoding=[Text.Encoding]::UTF8; Get-Clipboard -Raw']],
      trimCrlf: true
    };
  }
  if (process.env.PREFIX && process.env.PREFIX.includes('com.termux')) {
    return { copy: ['termux-clipboard-set', []], paste: ['termux-clipboard-get', []] };
  }
  if (process.env.WAYLAND_DISPLAY && which('wl-copy')) {
    return { copy: ['wl-copy', ['--type', 'text/plain']], paste: ['wl-paste', ['--no-newline']] };
  }
  if (which('xclip')) return { copy: ['xclip', ['-selection', 'clipboard']], paste: ['xclip', ['-selection', 'clipboard', '-o']] };
  if (which('xsel')) return { copy: ['xsel', ['--clipboard', '--input']], paste: ['xsel', ['--clipboard', '--output']] };
  throw new Error('clipio: no clipboard utility found (install xclip, xsel or wl-clipboard)');
}

function write(text) {
  const [cmd, args] = backend().copy;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}: ${err}`))));
    child.stdin.end(String(text));
  });
}

function read() {
  const b = backend();
  const [cmd, args] = b.paste;
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { encoding: 'utf8', maxBuffer: 50 * 1024 * 1024 }, (err, stdout) => {
      if (err) return reject(err);
      resolve(b.trimCrlf ? stdout.replace(/\r\n$/, '') : stdout);
    });
  });
}

function writeSync(text) {
  const [cmd, args] = backend().copy;
  execFileSync(cmd, args, { input: String(text), stdio: ['pipe', 'ignore', 'pipe'] });
}

function readSync() {
  const b = backend();
  const out = execFileSync(b.paste[0], b.paste[1], { encoding: 'utf8', maxBuffer: 50 * 1024 * 1024 });
  return b.trimCrlf ? out.replace(/\r\n$/, '') : out;
}

module.exports = { read, write, readSync, writeSync };
