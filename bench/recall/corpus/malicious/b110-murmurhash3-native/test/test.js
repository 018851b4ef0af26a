'use strict'
const assert = require('assert')
const mm = require('..')

// Reference vectors from SMHasher
assert.strictEqual(mm.x86_32('', 0), 0)
assert.strictEqual(mm.x86_32('', 1), 0x514e28b7)
assert.strictEqual(mm.x86_32('', 0xffffffff), 0x81f16f39)
assert.strictEqual(mm.hex.x86_32('Hello, world!', 1234), 'faf6cdb3')
assert.strictEqual(mm.x64_128(Buffer.alloc(0)).toString('hex'), '00000000000000000000000000000000')
console.log('ok', mm.version)
