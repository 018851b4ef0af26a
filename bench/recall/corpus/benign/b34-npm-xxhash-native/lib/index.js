'use strict';
const native = require('node-gyp-build')(require('path').join(__dirname, '..'));
const toBuf = (x) => (Buffer.isBuffer(x) ? x : Buffer.from(String(x)));
module.exports = {
  xxh64: (data, seed = 0n) => native.xxh64(toBuf(data), BigInt(seed)),
  xxh3: (data) => native.xxh3(toBuf(data)),
  xxh64hex: (data, seed = 0n) => native.xxh64(toBuf(data), BigInt(seed)).toString(16).padStart(16, '0')
};
