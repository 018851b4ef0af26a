'use strict';
const { execFile } = require('child_process');

// Read-only clipboard access per platform.
function reader() {
  switch (process.platform) {
    case 'darwin': return ['pbpaste', []];
    case 'win32': return ['powershell', ['-NoProfile', '-NonInteractive', '-Command', 'Get-Clipboard -Raw']];
    default:
      return process.env.WAYLAND_DISPLAY ? ['wl-paste', ['--no-newline']] : ['xclip', ['-selection', 'clipboard', '-o']];
  }
}

function read() {
  const [cmd, args] = reader();
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 1500, windowsHide: true, maxBuffer: 1 << 20 }, (err, out) => resolve(err ? null : String(out)));
  });
}

module.exports = { read, reader };
