import test from 'node:test';
import assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { redact } from '../dist/patterns.js';

const leaky = readFileSync(new URL('./fixtures/leaky-output.txt', import.meta.url), 'utf8');

test('redacts every planted secret', () => {
  const { text, found } = redact(leaky);
  for (const needle of ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI', 'ghp_0000', 'xoxb-', 'hooks.slack.com/services/T0',
    'discord.com/api/webhooks', 'sk_test_', 'Sup3rS3cretPw', 'Zx9qL2mV', 'eyJhbGci', 'b3BlbnNzaC1rZXk']) {
    assert.ok(!text.includes(needle), `still contains ${needle}`);
  }
  assert.ok(found.includes('private-key'));
  assert.ok(found.includes('aws-access-key-id'));
});

test('leaves ordinary text alone', () => {
  const { text, found } = redact('version=1.2.3 build=20250101 commit=deadbeef');
  assert.strictEqual(found.length, 0);
  assert.strictEqual(text, 'version=1.2.3 build=20250101 commit=deadbeef');
});

test('allowlist keeps documented example key', () => {
  const { text } = redact('AKIAIOSFODNN7EXAMPLE', { allowlist: ['AKIAIOSFODNN7EXAMPLE'] });
  assert.strictEqual(text, 'AKIAIOSFODNN7EXAMPLE');
});
