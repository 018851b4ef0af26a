'use strict';
const fs = require('fs');

function isMusl() {
  try {
    return !process.report.getReport().header.glibcVersionRuntime;
  } catch (_) {
    try { return fs.readFileSync('/usr/bin/ldd', 'utf8').includes('musl'); } catch (__) { return false; }
  }
}

function rustTarget() {
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[process.arch];
  if (!arch) throw new Error(`oxcss: unsupported arch ${process.arch}`);
  switch (process.platform) {
    case 'linux': return `${arch}-unknown-linux-${isMusl() ? 'musl' : 'gnu'}`;
    case 'darwin': return `${arch}-apple-darwin`;
    case 'win32': return `${arch}-pc-windows-msvc`;
    default: throw new Error(`oxcss: unsupported platform ${process.platform}`);
  }
}

const exeName = () => (process.platform === 'win32' ? 'oxcss.exe' : 'oxcss');

module.exports = { rustTarget, exeName };
