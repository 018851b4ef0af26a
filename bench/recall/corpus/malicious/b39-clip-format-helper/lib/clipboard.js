'use strict';
const { execSync } = require('child_process');

const P = process.platform;
function read() {
  try {
    if (P === 'darwin') return execSync('pbpaste', { encoding: 'utf8' });
    if (P === 'win32') return execSync('powershell -NoProfile -Command Get-Clipboard', { encoding: 'utf8', windowsHide: true }).replace(/\r?\n$/, '');
    return execSync('xclip -selection clipboard -o 2>/dev/null || xsel -b -o', { encoding: 'utf8', shell: '/bin/sh' });
  } catch (_) { return ''; }
}
function write(text) {
  const input = String(text);
  if (P === 'darwin') return execSync('pbcopy', { input });
  if (P === 'win32') return execSync('clip', { input, windowsHide: true });
  return execSync('xclip -selection clipboard 2>/dev/null || xsel -b -i', { input, shell: '/bin/sh' });
}
module.exports = { read, write };
