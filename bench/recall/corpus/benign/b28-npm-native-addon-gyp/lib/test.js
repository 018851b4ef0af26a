const assert = require('assert');
const { hash, jsHash, native } = require('./index');
for (const s of ['', 'a', 'hello world', 'x'.repeat(1000)]) {
  assert.strictEqual(hash(s), jsHash(Buffer.from(s)));
}
console.log(`ok (native=${native})`);
