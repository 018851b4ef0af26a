'use strict';
const assert = require('assert');
const { crc32, native } = require('./');
assert.strictEqual(crc32('123456789'), 0xcbf43926);
console.log(`ok (native=${native})`);
