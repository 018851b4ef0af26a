'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { redact, detect, body } = require('../lib/format');

test('redacts tokens', () => {
  assert.strictEqual(redact('key sk-proj-AAAAAAAAAAAAAAAAAAAAAAAA done'), 'key [redacted] done');
  assert.strictEqual(redact('AKIAEXAMPLE0000000000'.slice(0, 20)), '[redacted]');
});

test('detects formats', () => {
  assert.strictEqual(detect('https://hooks.slack.com/services/T000/B000/XXX', 'auto'), 'slack');
  assert.strictEqual(detect('https://discord.com/api/webhooks/0/abc', 'auto'), 'discord');
  assert.strictEqual(detect('https://ntfy.example.com/topic', 'auto'), 'json');
});

test('discord bold', () => {
  assert.deepStrictEqual(body('discord', 'Hi', 'there'), { content: '**Hi**\nthere' });
});
