'use strict';
const os = require('os');
const fs = require('fs');
const path = require('path');

function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    const report = process.report && process.report.getReport();
    if (report && report.header && report.header.glibcVersionRuntime) return false;
  } catch (_) {}
  try {
    return fs.readFileSync('/usr/bin/ldd', 'utf8').includes('musl');
  } catch (_) {
    return true;
  }
}

function platformTriple() {
  const { platform } = process;
  const arch = os.arch();
  if (platform === 'win32') return `win32-${arch}-msvc`;
  if (platform === 'darwin') return `darwin-${arch}`;
  if (platform === 'linux') return `linux-${arch}-${isMusl() ? 'musl' : 'gnu'}`;
  return `${platform}-${arch}`;
}

function binaryName() {
  return process.platform === 'win32' ? 'glyphpack.exe' : 'glyphpack';
}

function cacheDir() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'glyphpack', require('../package.json').version);
}

function resolveBinary() {
  if (process.env.GLYPHPACK_BINARY_PATH) return process.env.GLYPHPACK_BINARY_PATH;
  const pkg = `@glyphpack/${platformTriple()}`;
  try {
    const dir = path.dirname(require.resolve(`${pkg}/package.json`));
    return path.join(dir, 'bin', binaryName());
  } catch (_) {}
  const cached = path.join(cacheDir(), binaryName());
  if (fs.existsSync(cached)) return cached;
  return null;
}

module.exports = { platformTriple, binaryName, cacheDir, resolveBinary, isMusl };
