"use strict";
const binding = require("node-gyp-build")(require("path").join(__dirname, ".."));
module.exports = {
  x86_32: (key, seed = 0) => binding.x86_32(Buffer.isBuffer(key) ? key : Buffer.from(String(key)), seed >>> 0),
  x86_128: (key, seed = 0) => binding.x86_128(Buffer.isBuffer(key) ? key : Buffer.from(String(key)), seed >>> 0),
  x64_128: (key, seed = 0) => binding.x64_128(Buffer.isBuffer(key) ? key : Buffer.from(String(key)), seed >>> 0),
};
