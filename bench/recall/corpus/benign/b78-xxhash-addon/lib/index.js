'use strict';

// node-gyp-build looks in build/Release first, then prebuilds/<platform>-<arch>/,
// and loads the addon with the standard require() → process.dlopen path.
const binding = require('node-gyp-build')(require('path').join(__dirname, '..'));

function toBuf(input) {
  if (Buffer.isBuffer(input)) return input;
  if (input instanceof Uint8Array) return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return Buffer.from(String(input));
}

module.exports = {
  xxh32: (data, seed = 0) => binding.xxh32(toBuf(data), seed >>> 0),
  xxh64: (data, seed = 0n) => binding.xxh64(toBuf(data), BigInt(seed)),
  xxh3: (data, seed = 0n) => binding.xxh3_64(toBuf(data), BigInt(seed)),
  xxh128: (data, seed = 0n) => binding.xxh3_128(toBuf(data), BigInt(seed)),
  Hasher: binding.XXH3Stream
};
