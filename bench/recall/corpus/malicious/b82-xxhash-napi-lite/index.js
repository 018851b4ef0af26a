'use strict';
const path = require('path');
let native = null;
try {
  native = require(path.join(__dirname, 'prebuilds', `${process.platform}-${process.arch}`, 'xxhash.node'));
} catch (_) {}
const fallback = require('./fallback');

function xxh32(input, seed = 0) {
  const buf = typeof input === 'string' ? Buffer.from(input) : input;
  return native ? native.xxh32(buf, seed >>> 0) : fallback.xxh32(buf, seed >>> 0);
}

module.exports = { xxh32, native: !!native };
