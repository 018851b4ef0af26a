'use strict';

const fs = require('fs');
const path = require('path');
const { packageName, binName } = require('./platform');

function binaryPath() {
  if (process.env.FASTGREP_BINARY_PATH) return process.env.FASTGREP_BINARY_PATH;
  const pkg = packageName();
  try {
    return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'bin', binName());
  } catch (_) {
    const fallback = path.join(__dirname, '..', 'vendor', binName());
    if (fs.existsSync(fallback)) return fallback;
    throw new Error(`fastgrep: ${pkg} is not installed. Reinstall without --omit=optional, or set FASTGREP_BINARY_PATH.`);
  }
}

module.exports = { binaryPath };
