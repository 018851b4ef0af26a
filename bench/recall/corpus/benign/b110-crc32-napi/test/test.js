'use strict'
const assert = require('assert')
const { crc32, crc32c, hardware } = require('..')

assert.strictEqual(crc32('123456789'), 0xcbf43926)
assert.strictEqual(crc32c('123456789'), 0xe3069283)
assert.strictEqual(crc32(''), 0)
// streaming == one-shot
const a = Buffer.from('hello '), b = Buffer.from('world')
assert.strictEqual(crc32(b, crc32(a)), crc32('hello world'))
assert.strictEqual(crc32c(b, crc32c(a)), crc32c('hello world'))
console.log('ok (hardware crc32c: %s)', hardware)
