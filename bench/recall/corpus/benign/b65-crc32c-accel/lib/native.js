'use strict';

// Pick the prebuilt addon published as an optional dependency for this
// platform (each carries "os"/"cpu" fields so npm installs only the matching
// one). If none is installed (unsupported platform, --omit=optional, musl),
// return null and the caller uses the JavaScript implementation.
const TARGETS = {
  'linux-x64': '@crc32c-accel/linux-x64-gnu',
  'linux-arm64': '@crc32c-accel/linux-arm64-gnu',
  'darwin-arm64': '@crc32c-accel/darwin-arm64',
  'darwin-x64': '@crc32c-accel/darwin-x64',
  'win32-x64': '@crc32c-accel/win32-x64-msvc',
};

function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    const report = process.report && process.report.getReport();
    return !(report && report.header && report.header.glibcVersionRuntime);
  } catch {
    return false;
  }
}

function loadNative() {
  if (process.env.CRC32C_ACCEL_FORCE_JS) return null;
  const pkg = TARGETS[`${process.platform}-${process.arch}`];
  if (!pkg || isMusl()) return null;
  try {
    return require(pkg);
  } catch (err) {
    if (err && err.code !== 'MODULE_NOT_FOUND') {
      process.emitWarning(`crc32c-accel: native addon failed to load (${err.message}); using JS fallback`);
    }
    return null;
  }
}

module.exports = { loadNative };
