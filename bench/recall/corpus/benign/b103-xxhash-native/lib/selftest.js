'use strict';
const assert = require('assert');
const { xxh64, isNative } = require('./index');
const js = require('./fallback');
assert.strictEqual(js.xxh64(Buffer.alloc(0)), 0xEF46DB3751D8E999n);
assert.strictEqual(xxh64(''), 0xEF46DB3751D8E999n);
const big = Buffer.alloc(1000, 7);
assert.strictEqual(xxh64(big), js.xxh64(big));
console.log('ok (native: ' + isNative() + ')');
