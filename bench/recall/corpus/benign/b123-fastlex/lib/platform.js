'use strict';
// Maps the current host to the name of the optional dependency that carries the
// native executable. Kept in its own file so both install.js and main.js agree.
const fs = require('fs');
const os = require('os');
const path = require('path');

const knownPackages = {
  'darwin arm64 LE': '@fastlex/darwin-arm64',
  'darwin x64 LE': '@fastlex/darwin-x64',
  'linux arm64 LE': '@fastlex/linux-arm64',
  'linux x64 LE': '@fastlex/linux-x64',
  'win32 x64 LE': '@fastlex/win32-x64',
  'win32 arm64 LE': '@fastlex/win32-arm64',
};

function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    const report = process.report && process.report.getReport();
    if (report && report.header && report.header.glibcVersionRuntime) return false;
  } catch (_) { /* older node */ }
  try {
    return fs.readFileSync('/usr/bin/ldd', 'utf8').includes('musl');
  } catch (_) {
    return false;
  }
}

function pkgAndSubpathForCurrentPlatform() {
  const key = `${process.platform} ${os.arch()} ${os.endianness()}`;
  let pkg = knownPackages[key];
  if (!pkg) throw new Error(`Unsupported platform: ${key}`);
  if (pkg === '@fastlex/linux-x64' && isMusl()) pkg = '@fastlex/linux-x64-musl';
  const subpath = process.platform === 'win32' ? 'fastlex.exe' : 'bin/fastlex';
  return { pkg, subpath };
}

function downloadedBinPath(pkg, subpath) {
  // Where install.js puts the binary when the optional dependency was skipped
  // (e.g. `npm install --no-optional` or a lockfile generated on another OS).
  const libDir = path.dirname(require.resolve('fastlex/package.json'));
  return path.join(libDir, `downloaded-${pkg.replace('/', '-')}-${path.basename(subpath)}`);
}

function binaryPath() {
  if (process.env.FASTLEX_BINARY_PATH) return process.env.FASTLEX_BINARY_PATH;
  const { pkg, subpath } = pkgAndSubpathForCurrentPlatform();
  try {
    return require.resolve(`${pkg}/${subpath}`);
  } catch (_) {
    const p = downloadedBinPath(pkg, subpath);
    if (fs.existsSync(p)) return p;
    throw new Error(
      `The package "${pkg}" could not be found, and is needed by fastlex.\n` +
      `If you installed with --no-optional or copied node_modules between platforms,\n` +
      `reinstall fastlex so the right native binary is selected.`);
  }
}

module.exports = { pkgAndSubpathForCurrentPlatform, downloadedBinPath, binaryPath };
