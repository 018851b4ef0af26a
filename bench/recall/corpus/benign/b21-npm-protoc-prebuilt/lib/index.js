'use strict';
const path = require('path');
const fs = require('fs');

function platformId() {
  const { platform, arch } = process;
  if (platform === 'linux') return arch === 'arm64' ? 'linux-aarch_64' : 'linux-x86_64';
  if (platform === 'darwin') return arch === 'arm64' ? 'osx-aarch_64' : 'osx-x86_64';
  if (platform === 'win32') return 'win64';
  throw new Error(`protoc-prebuilt: unsupported platform ${platform}/${arch}`);
}

function binaryPath() {
  if (process.env.PROTOC_BINARY) return process.env.PROTOC_BINARY;
  const p = path.join(__dirname, '..', 'vendor', 'bin', process.platform === 'win32' ? 'protoc.exe' : 'protoc');
  if (!fs.existsSync(p)) throw new Error('protoc-prebuilt: binary missing, reinstall or set PROTOC_BINARY');
  return p;
}

module.exports = { platformId, binaryPath, includeDir: path.join(__dirname, '..', 'vendor', 'include') };
