import test from 'node:test';
import assert from 'node:assert';
import { toChecksumAddress, validateEvmAddress, shorten, findLookalikes, detectChain } from '../src/index.js';

test('eip-55 known vector', () => {
  assert.strictEqual(toChecksumAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed'), '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed');
  assert.deepStrictEqual(validateEvmAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'), { valid: true, reason: 'checksum-ok' });
  assert.strictEqual(validateEvmAddress('0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed').reason, 'checksum-mismatch');
});

test('lookalike detection', () => {
  const real = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
  const book = [{ label: 'Exchange deposit', address: real }];
  const poisoned = '0x5aAe' + 'b'.repeat(32) + 'eAed';
  assert.strictEqual(findLookalikes(poisoned, book).length, 1);
  assert.strictEqual(findLookalikes(real.toLowerCase(), book).length, 0);
  assert.strictEqual(findLookalikes('0x' + '1'.repeat(40), book).length, 0);
});

test('misc', () => {
  assert.strictEqual(shorten('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'), '0x5aAe…1BeAed');
  assert.strictEqual(detectChain('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'), 'btc');
});
