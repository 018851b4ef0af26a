'use strict';

const path = require('path');

let impl;
let native = false;
try {
  impl = require('node-gyp-build')(path.join(__dirname, '..'));
  native = true;
} catch (_) {
  impl = require('./xxh32');
}

function toBuffer(input) {
  if (Buffer.isBuffer(input)) return input;
  if (typeof input === 'string') return Buffer.from(input, 'utf8');
  if (ArrayBuffer.isView(input)) return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  throw new TypeError('fast-xxhash-native: expected Buffer, TypedArray or string');
}

function hash32(input, seed = 0) {
  return impl.hash32(toBuffer(input), seed >>> 0);
}

function hex32(input, seed = 0) {
  return hash32(input, seed).toString(16).padStart(8, '0');
}

module.exports = { hash32, hex32, native };
