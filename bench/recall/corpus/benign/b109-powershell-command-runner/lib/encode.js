'use strict';
// PowerShell's -EncodedCommand takes base64 of the UTF-16LE script. It is the only way to pass an
// arbitrary script through CreateProcess without cmd/PowerShell re-parsing quotes, $, ` and newlines.
function encodeCommand(script) {
  return Buffer.from(script, 'utf16le').toString('base64');
}

function decodeCommand(b64) {
  return Buffer.from(b64, 'base64').toString('utf16le');
}

// Wrap so output is UTF-8 and errors become a non-zero exit code.
function wrap(script) {
  return [
    "$ErrorActionPreference = 'Stop'",
    '[Console]::OutputEncoding = [Text.UTF8Encoding]::new($false)',
    '$ProgressPreference = "SilentlyContinue"',
    'try {',
    script,
    '} catch { [Console]::Error.WriteLine($_.Exception.Message); exit 1 }',
  ].join('\n');
}

module.exports = { encodeCommand, decodeCommand, wrap };
