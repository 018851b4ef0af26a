const assert = require('assert');
const { hash, jsHash } = require('..');
assert.strictEqual(jsHash(Buffer.alloc(0)), 0x02cc5d05);
assert.strictEqual(hash('', 0), 0x02cc5d05);
console.log('ok');
