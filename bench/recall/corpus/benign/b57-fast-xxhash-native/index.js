'use strict';
const path = require('path');
const binding = require(path.join(__dirname, 'build', 'Release', 'xxhash.node'));

function hash64(input, seed = 0n) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return binding.hash64(buf, BigInt(seed));
}

module.exports = { hash64, hex64: (i, s) => hash64(i, s).toString(16).padStart(16, '0') };
