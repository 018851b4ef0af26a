'use strict';
const binding = require('node-gyp-build')(__dirname);

function toBuf(input) {
  return Buffer.isBuffer(input) ? input : Buffer.from(String(input));
}

module.exports = {
  xxh64: (input, seed = 0) => binding.xxh64(toBuf(input), seed),
  xxh3: (input) => binding.xxh3(toBuf(input)),
  hex: (big) => big.toString(16).padStart(16, '0'),
};
