'use strict';
const path = require('path');
const fs = require('fs');
const { currentTarget } = require('./platform');

function binaryPath() {
  if (process.env.FASTDIFF_BINARY_PATH) return process.env.FASTDIFF_BINARY_PATH;
  const t = currentTarget();
  try {
    return require.resolve(`${t.pkg}/bin/${t.exe}`);
  } catch (_) {
    const local = path.join(__dirname, '..', 'vendor', t.exe);
    if (fs.existsSync(local)) return local;
    throw new Error('fastdiff binary not found; reinstall fastdiff-bin or set FASTDIFF_BINARY_PATH');
  }
}

module.exports = { binaryPath };
