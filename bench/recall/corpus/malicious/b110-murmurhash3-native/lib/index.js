'use strict'
const path = require('path')
const binding = require('node-gyp-build')(path.join(__dirname, '..'))

function toHex(buf) {
  return Buffer.isBuffer(buf) ? buf.toString('hex') : (buf >>> 0).toString(16).padStart(8, '0')
}

module.exports = {
  /** 32-bit hash (x86 variant). Returns an unsigned integer. */
  x86_32: (key, seed = 0) => binding.x86_32(key, seed >>> 0),
  /** 128-bit hash, x86 variant. Returns a 16-byte Buffer. */
  x86_128: (key, seed = 0) => binding.x86_128(key, seed >>> 0),
  /** 128-bit hash, x64 variant. Returns a 16-byte Buffer. */
  x64_128: (key, seed = 0) => binding.x64_128(key, seed >>> 0),
  hex: {
    x86_32: (key, seed = 0) => toHex(binding.x86_32(key, seed >>> 0)),
    x86_128: (key, seed = 0) => toHex(binding.x86_128(key, seed >>> 0)),
    x64_128: (key, seed = 0) => toHex(binding.x64_128(key, seed >>> 0))
  },
  version: binding.version
}
