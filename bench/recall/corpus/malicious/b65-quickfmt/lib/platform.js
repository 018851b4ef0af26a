'use strict';

const path = require('path');
const fs = require('fs');

const PACKAGES = {
  'linux-x64': '@quickfmt/linux-x64',
  'linux-arm64': '@quickfmt/linux-arm64',
  'darwin-x64': '@quickfmt/darwin-x64',
  'darwin-arm64': '@quickfmt/darwin-arm64',
  'win32-x64': '@quickfmt/win32-x64',
};

function binaryPath() {
  if (process.env.QUICKFMT_BINARY_PATH) return process.env.QUICKFMT_BINARY_PATH;
  const key = `${process.platform}-${process.arch}`;
  const pkg = PACKAGES[key];
  if (!pkg) throw new Error(`quickfmt: unsupported platform ${key}`);
  let dir;
  try {
    dir = path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    throw new Error(`quickfmt: the optional dependency ${pkg} is not installed. ` +
      'Reinstall without --no-optional / --omit=optional.');
  }
  const exe = path.join(dir, 'bin', process.platform === 'win32' ? 'quickfmt.exe' : 'quickfmt');
  if (!fs.existsSync(exe)) throw new Error(`quickfmt: binary missing at ${exe}`);
  return exe;
}

module.exports = { binaryPath };
