'use strict';
const fs = require('fs');

function isMusl() {
  if (process.platform !== 'linux') return false;
  try { return fs.readFileSync('/usr/bin/ldd', 'utf8').includes('musl'); } catch (e) { return false; }
}

function pkgAndBin() {
  const key = `${process.platform}-${process.arch}${isMusl() ? '-musl' : ''}`;
  const map = {
    'darwin-arm64': '@fastfmt/darwin-arm64',
    'darwin-x64': '@fastfmt/darwin-x64',
    'linux-arm64': '@fastfmt/linux-arm64',
    'linux-x64': '@fastfmt/linux-x64',
    'linux-x64-musl': '@fastfmt/linux-x64-musl',
    'win32-x64': '@fastfmt/win32-x64'
  };
  const pkg = map[key];
  if (!pkg) throw new Error(`fastfmt: unsupported platform ${key}`);
  return { pkg, sub: process.platform === 'win32' ? 'fastfmt.exe' : 'bin/fastfmt' };
}

function binaryPath() {
  const { pkg, sub } = pkgAndBin();
  return require.resolve(`${pkg}/${sub}`);
}

module.exports = { pkgAndBin, binaryPath };
