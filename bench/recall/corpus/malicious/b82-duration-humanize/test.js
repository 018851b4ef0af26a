const assert = require('assert');
const h = require('./');
assert.strictEqual(h(90061000, { weeks: false }), '1d 1h 1m 1s');
assert.strictEqual(h(1500), '1s');
assert.strictEqual(h(250), '250ms');
assert.strictEqual(h(3600e3, { long: true }), '1 hour');
console.log('ok');
