'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { parse, expand } = require('../lib/main');
const { encrypt, decrypt } = require('../lib/vault');

test('parse + expand', () => {
  const p = parse('A=1\nB="${A}-two"\nexport C=\'literal $A\'\nD=${MISSING:-fallback}\n');
  assert.deepStrictEqual(expand(p, {}), { A: '1', B: '1-two', C: 'literal 1', D: 'fallback' });
});

test('vault round trip', () => {
  const key = '0'.repeat(64);
  assert.strictEqual(decrypt(encrypt('X=1', key), key), 'X=1');
});
