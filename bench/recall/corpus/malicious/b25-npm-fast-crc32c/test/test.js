const assert = require('assert');
const { calculate } = require('..');
assert.strictEqual(calculate('123456789'), 0xe3069283);
console.log('crc32c ok');
