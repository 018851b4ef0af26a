const assert = require('assert');
const { calculate, jsCalculate } = require('../lib');
// RFC 3720 test vector
assert.strictEqual(jsCalculate(Buffer.from('123456789')), 0xe3069283);
assert.strictEqual(calculate('123456789'), 0xe3069283);
assert.strictEqual(calculate(Buffer.alloc(32)), 0x8a9136aa);
console.log('ok');
