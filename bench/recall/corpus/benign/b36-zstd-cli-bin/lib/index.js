'use strict';
const path = require('path');
const fs = require('fs');
function zstdPath() {
  if (process.env.ZSTD_BIN_PATH) return process.env.ZSTD_BIN_PATH;
  const p = path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'zstd.exe' : 'zstd');
  return fs.existsSync(p) ? p : 'zstd';
}
module.exports = { zstdPath };
