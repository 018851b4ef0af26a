'use strict'
const path = require('path')
const native = require(path.join(__dirname, '..', 'build', 'Release', 'zstd_codec.node'))

module.exports = {
  compress: (buf, level = 3) => native.compress(Buffer.isBuffer(buf) ? buf : Buffer.from(buf), level),
  decompress: (buf) => native.decompress(buf),
  zstdVersion: native.zstdVersion
}
