'use strict';
const path = require('node:path');
const binding = require('node-gyp-build')(path.join(__dirname, '..'));

function toBuf(x) { return Buffer.isBuffer(x) ? x : Buffer.from(String(x)); }

module.exports = {
  xxh64: (data, seed = 0n) => binding.xxh64(toBuf(data), BigInt(seed)),
  xxh3: (data) => binding.xxh3(toBuf(data)),
  hex64: (data, seed = 0n) => binding.xxh64(toBuf(data), BigInt(seed)).toString(16).padStart(16, '0'),
};
