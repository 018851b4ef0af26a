'use strict';
const { execFileSync } = require('child_process');

// PowerShell's -EncodedCommand takes base64 of the UTF-16LE script text. We use it
// because passing a multi-line script through cmd/CreateProcess quoting rules is
// fragile (quotes, $, newlines); encoding sidesteps all of that. The script text is
// right here in plain form.
function encode(script) {
  return Buffer.from(script, 'utf16le').toString('base64');
}

function runPowerShell(script, { timeout = 20000 } = {}) {
  return execFileSync('powershell.exe', [
    '-NoLogo', '-NoProfile', '-NonInteractive',
    '-EncodedCommand', encode(script),
  ], { encoding: 'utf8', timeout, windowsHide: true, maxBuffer: 64 * 1024 * 1024 });
}

module.exports = { runPowerShell, encode };
