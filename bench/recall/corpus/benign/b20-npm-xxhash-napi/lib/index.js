'use strict';
const binding = require('node-gyp-build')(require('path').join(__dirname, '..'));
function toBuf(x) { return Buffer.isBuffer(x) ? x : Buffer.from(String(x)); }
exports.xxh64 = (data, seed = 0n) => binding.xxh64(toBuf(data), BigInt(seed));
exports.xxh3 = data => binding.xxh3(toBuf(data));
exports.hex = v => v.toString(16).padStart(16, '0');
