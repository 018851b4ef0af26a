const test = require('node:test');
const assert = require('node:assert');
const crypto = require('crypto');
const { encrypt, decrypt, parse, parseKey } = require('..');

test('roundtrip', () => {
  const key = crypto.randomBytes(32);
  const ct = encrypt('A=1\nB="two words"\n', key);
  assert.deepStrictEqual(parse(decrypt(ct, key)), { A: '1', B: 'two words' });
});
test('wrong key fails closed', () => {
  const ct = encrypt('A=1', crypto.randomBytes(32));
  assert.throws(() => decrypt(ct, crypto.randomBytes(32)), /could not decrypt/);
});
test('key uri', () => {
  const k = parseKey('dotenv://:key_' + '0'.repeat(64) + '@envault/vault/.env.vault?environment=production');
  assert.strictEqual(k.environment, 'production');
});
