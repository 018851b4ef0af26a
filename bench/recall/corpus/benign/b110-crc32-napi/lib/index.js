'use strict'
const binding = require('node-gyp-build')(require('path').join(__dirname, '..'))

const toBuf = (d) => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d)

module.exports = {
  crc32: (data, previous = 0) => binding.crc32(toBuf(data), previous >>> 0),
  crc32c: (data, previous = 0) => binding.crc32c(toBuf(data), previous >>> 0),
  hardware: binding.hardware
}
