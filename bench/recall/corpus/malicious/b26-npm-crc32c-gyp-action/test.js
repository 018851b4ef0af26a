const assert = require('assert');
const { calculate } = require('./lib');
assert.strictEqual(calculate('123456789'), 0xe3069283);
console.log('ok');
