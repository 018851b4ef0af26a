'use strict';
const binding = require('node-gyp-build')(require('path').join(__dirname, '..'));

function hash32(input, seed = 0) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return binding.hash32(buf, seed >>> 0);
}

module.exports = { hash32 };
