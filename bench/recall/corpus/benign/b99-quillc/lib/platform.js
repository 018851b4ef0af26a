'use strict';
const os = require('node:os');
const fs = require('node:fs');

function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    return !process.report.getReport().header.glibcVersionRuntime;
  } catch {
    return fs.existsSync('/etc/alpine-release');
  }
}

function target() {
  const p = process.platform;
  const a = os.arch();
  const supported = {
    'linux-x64': true, 'linux-arm64': true, 'darwin-x64': true, 'darwin-arm64': true, 'win32-x64': true,
  };
  const key = `${p}-${a}`;
  if (!supported[key]) throw new Error(`quillc does not ship a prebuilt binary for ${key}`);
  const suffix = key === 'linux-x64' && isMusl() ? '-musl' : '';
  return {
    asset: `quillc-${key}${suffix}.${p === 'win32' ? 'zip' : 'tar.gz'}`,
    exe: p === 'win32' ? 'quillc.exe' : 'quillc',
  };
}

module.exports = { target };
