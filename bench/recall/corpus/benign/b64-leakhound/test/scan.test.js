'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { scanText, loadPacks, redact } = require('../lib/scan');

const packs = loadPacks(['default']);

test('documentation example AWS keys are allowlisted', () => {
  const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'leaky.env'), 'utf8');
  const ids = scanText('leaky.env', text, packs).map((f) => f.rule);
  assert.ok(!ids.includes('aws-access-key-id'));
  assert.ok(ids.includes('github-token'));
  assert.ok(ids.includes('generic-password-assignment'));
});

test('matches are redacted', () => {
  assert.strictEqual(redact('ghp_abcdefghijklmnop'), 'ghp_…op (20 chars)');
});
