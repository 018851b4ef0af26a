'use strict';
const assert = require('assert');
const { encode, decode } = require('.');

const ts = Array.from({ length: 1000 }, (_, i) => 1700000000 + i * 15 + (i % 3));
const packed = encode(ts);
assert.ok(packed.length < ts.length * 2, `expected compression, got ${packed.length}`);
assert.deepStrictEqual(Array.from(decode(packed)), ts);
assert.deepStrictEqual(Array.from(decode(encode([0, -1, 5, -2147483648, 2147483647]))), [0, -1, 5, -2147483648, 2147483647]);
assert.deepStrictEqual(Array.from(decode(encode([]))), []);
console.log('ok', ts.length * 4, '->', packed.length, 'bytes');
