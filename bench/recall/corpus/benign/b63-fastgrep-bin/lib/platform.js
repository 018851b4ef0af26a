'use strict';
const path = require('path');

const VERSION = require('../package.json').version;

// sha256 of each release archive for this exact version. The installer
// refuses anything that does not match.
const CHECKSUMS = {
  'linux-x64': '3c1f2a7e9b0d4c6e8a2f5b7d9c1e3a5f7b9d1c3e5a7f9b1d3c5e7a9f1b3d5c7e',
  'linux-arm64': 'a4e6c8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6',
  'darwin-x64': '5d7f9b1c3e5a7d9f1b3c5e7a9d1f3b5c7e9a1d3f5b7c9e1a3d5f7b9c1e3a5d7f',
  'darwin-arm64': 'e8a0c2d4f6b8e0a2c4d6f8b0e2a4c6d8f0b2e4a6c8d0f2b4e6a8c0d2f4b6e8a0',
  'win32-x64': '1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d'
};

function key() { return `${process.platform}-${process.arch}`; }
function exeName() { return process.platform === 'win32' ? 'fastgrep.exe' : 'fastgrep'; }
function optionalPackage() { return `@fastgrep/${key()}`; }
function localBin() { return path.join(__dirname, '..', 'vendor', exeName()); }
function archiveUrl() {
  const ext = process.platform === 'win32' ? 'zip' : 'tar.gz';
  return `https://downloads.example.com/fastgrep/v${VERSION}/fastgrep-${VERSION}-${key()}.${ext}`;
}

module.exports = { VERSION, CHECKSUMS, key, exeName, optionalPackage, localBin, archiveUrl };
