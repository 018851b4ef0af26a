'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { scan, scanText } = require('../lib/scan');

test('finds fixtures', () => {
  const f = scan({ root: path.join(__dirname, 'fixtures') });
  const ids = new Set(f.map((x) => x.rule));
  for (const id of ['aws-access-key-id', 'github-token', 'private-key', 'slack-webhook', 'npmrc-auth']) {
    assert.ok(ids.has(id), `missing ${id}`);
  }
});

test('AWS documentation key is downgraded to info', () => {
  const [f] = scanText('key=AKIAIOSFODNN7EXAMPLE', 'x');
  assert.strictEqual(f.severity, 'info');
});

test('allow marker suppresses', () => {
  assert.deepStrictEqual(scanText('ghp_000000000000000000000000000000000000 # leakguard:allow', 'x'), []);
});
