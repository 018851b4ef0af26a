'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { scan, scanText } = require('../lib/scan');

test('finds every fixture secret', () => {
  const rules = new Set(scan(path.join(__dirname, 'fixtures')).map((f) => f.rule));
  for (const r of ['aws-access-key', 'aws-secret-key', 'github-pat', 'slack-token', 'stripe-live', 'private-key', 'npm-token', 'generic-password-assign']) {
    assert.ok(rules.has(r), `missing ${r}`);
  }
});

test('masks values', () => {
  const [f] = scanText('x=ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'a');
  assert.ok(!f.masked.includes('ghp_abcdefghijk'));
});

test('ignores low-entropy passwords', () => {
  assert.strictEqual(scanText('password = "aaaaaaaaaaaa"', 'a').length, 0);
});
