'use strict';

const { loadBinding } = require('./load');
const js = require('./xxhash32');

let binding;
try {
  binding = loadBinding();
} catch {
  binding = null;
}

function toBuffer(input) {
  if (Buffer.isBuffer(input)) return input;
  if (input instanceof Uint8Array) return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return Buffer.from(String(input), 'utf8');
}

function xxh32(input, seed = 0) {
  const buf = toBuffer(input);
  return binding && binding.xxh32 ? binding.xxh32(buf, seed >>> 0) : js.xxh32(buf, seed >>> 0);
}

function xxh32hex(input, seed) {
  return xxh32(input, seed).toString(16).padStart(8, '0');
}

module.exports = { xxh32, xxh32hex, native: Boolean(binding && binding.native) };
