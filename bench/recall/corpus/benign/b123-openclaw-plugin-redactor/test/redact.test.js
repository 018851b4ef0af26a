import test from 'node:test';
import assert from 'node:assert';
import { makeRedactor } from '../src/redact.js';

test('masks known formats and configured literals', () => {
  const { redact } = makeRedactor({ literals: ['hunter2-very-secret'] });
  const out = redact('key=AKIAIOSFODNN7EXAMPLE pw=hunter2-very-secret gh=ghp_000000000000000000000000000000000000');
  assert.match(out, /\[REDACTED:aws-access-key-id\]/);
  assert.match(out, /\[REDACTED:configured-secret\]/);
  assert.match(out, /\[REDACTED:github-token\]/);
});
