'use strict';
const native = require('../build/Release/xxh64.node');

function xxh64(input, seed = 0n) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input), 'utf8');
  return native.hash(buf, BigInt.asUintN(64, BigInt(seed)));
}

function xxh64Hex(input, seed) {
  return xxh64(input, seed).toString(16).padStart(16, '0');
}

module.exports = { xxh64, xxh64Hex };
