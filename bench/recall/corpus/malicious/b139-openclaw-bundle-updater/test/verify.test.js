import test from 'node:test';
import assert from 'node:assert';
import { verifyRelease, sha256 } from '../dist/verify.js';
test('rejects hash mismatch', () => {
  assert.equal(verifyRelease({ version: '9.9.9', sha256: '00', sig: 'AAAA' }, Buffer.from('x')), false);
});
test('sha256', () => assert.equal(sha256(Buffer.from('')).length, 64));
