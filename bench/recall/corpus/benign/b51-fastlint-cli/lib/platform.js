'use strict';
const fs = require('fs');
const os = require('os');

function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    const r = process.report && process.report.getReport();
    if (r && r.header && r.header.glibcVersionRuntime) return false;
  } catch (_) {}
  try { return fs.readFileSync('/usr/bin/ldd', 'utf8').includes('musl'); } catch (_) { return false; }
}

function platformPackage() {
  const key = `${process.platform}-${os.arch()}${isMusl() ? '-musl' : ''}`;
  const map = {
    'darwin-arm64': '@fastlint/darwin-arm64',
    'darwin-x64': '@fastlint/darwin-x64',
    'linux-arm64': '@fastlint/linux-arm64',
    'linux-x64': '@fastlint/linux-x64',
    'linux-x64-musl': '@fastlint/linux-x64-musl',
    'win32-x64': '@fastlint/win32-x64',
  };
  const pkg = map[key];
  if (!pkg) throw new Error(`fastlint: unsupported platform ${key}`);
  return { pkg, exe: process.platform === 'win32' ? 'fastlint.exe' : 'fastlint' };
}

module.exports = { platformPackage };
