'use strict';
const path = require('path');

const TARGETS = {
  'linux-x64': 'x86_64-unknown-linux-musl',
  'linux-arm64': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
  'win32-x64': 'x86_64-pc-windows-msvc',
};

function target() {
  const t = TARGETS[`${process.platform}-${process.arch}`];
  if (!t) throw new Error(`fastfmt: unsupported platform ${process.platform}-${process.arch}`);
  return t;
}

function archiveName() {
  const t = target();
  return `fastfmt-${t}.${t.includes('windows') ? 'zip' : 'tar.gz'}`;
}

function binaryPath() {
  if (process.env.FASTFMT_BINARY_PATH) return process.env.FASTFMT_BINARY_PATH;
  return path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'fastfmt.exe' : 'fastfmt');
}

module.exports = { target, archiveName, binaryPath };
