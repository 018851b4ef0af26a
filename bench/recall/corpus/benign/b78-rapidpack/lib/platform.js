'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const MAP = {
  'darwin arm64 LE': '@rapidpack/darwin-arm64',
  'darwin x64 LE': '@rapidpack/darwin-x64',
  'linux arm64 LE': '@rapidpack/linux-arm64',
  'linux x64 LE': '@rapidpack/linux-x64',
  'win32 arm64 LE': '@rapidpack/win32-arm64',
  'win32 x64 LE': '@rapidpack/win32-x64'
};

function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    return !process.report.getReport().header.glibcVersionRuntime;
  } catch (_) {
    return fs.existsSync('/etc/alpine-release');
  }
}

function pkgAndSubpath() {
  const key = `${process.platform} ${os.arch()} ${os.endianness()}`;
  let pkg = MAP[key];
  if (!pkg) throw new Error(`Unsupported platform: ${key}`);
  if (pkg === '@rapidpack/linux-x64' && isMusl()) pkg = '@rapidpack/linux-x64-musl';
  const sub = process.platform === 'win32' ? 'rapidpack.exe' : 'bin/rapidpack';
  return { pkg, sub };
}

function binaryPath() {
  if (process.env.RAPIDPACK_BINARY_PATH) return process.env.RAPIDPACK_BINARY_PATH;
  const { pkg, sub } = pkgAndSubpath();
  try {
    return require.resolve(`${pkg}/${sub}`);
  } catch (_) {
    const fallback = path.join(__dirname, '..', 'bin', `downloaded-${pkg.replace('/', '-')}-${path.basename(sub)}`);
    if (fs.existsSync(fallback)) return fallback;
    throw new Error(`The package "${pkg}" could not be found, and is needed by rapidpack.\n` +
      'If you installed with --no-optional or --omit=optional, reinstall without it.');
  }
}

module.exports = { pkgAndSubpath, binaryPath };
