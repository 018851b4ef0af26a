'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { toChecksumAddress, isValidAddress } = require('../src');

// Placeholder addresses for tests only.
const LOWER = '0x' + 'ab'.repeat(20);
const ZERO = '0x0000000000000000000000000000000000000000';

test('zero address is its own checksum', () => {
  assert.strictEqual(toChecksumAddress(ZERO), ZERO);
});

test('checksum round-trips', () => {
  const c = toChecksumAddress(LOWER);
  assert.ok(isValidAddress(c, { strict: true }));
  assert.strictEqual(c.toLowerCase(), LOWER);
});

test('rejects malformed', () => {
  assert.strictEqual(isValidAddress('0x1234'), false);
  assert.throws(() => toChecksumAddress('hello'));
});
