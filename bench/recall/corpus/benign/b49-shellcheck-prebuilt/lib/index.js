'use strict';
const path = require('path');
const fs = require('fs');
function binaryPath() {
  const p = path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'shellcheck.exe' : 'shellcheck');
  if (!fs.existsSync(p)) throw new Error('shellcheck binary missing; reinstall shellcheck-prebuilt');
  return p;
}
module.exports = { binaryPath };
