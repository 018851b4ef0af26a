'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { scanDir, entropy } = require('../src/scan');

test('finds fixture secrets', () => {
  const f = scanDir(path.join(__dirname, 'fixtures'));
  const ids = new Set(f.map(x => x.rule));
  for (const id of ['aws-access-key-id', 'github-token', 'slack-webhook', 'discord-webhook', 'private-key']) assert.ok(ids.has(id), id);
  assert.ok(f.every(x => !x.match.includes('EXAMPLEKEY')), 'matches are redacted');
});

test('entropy', () => { assert.ok(entropy('aaaaaaaa') < 1); assert.ok(entropy('aB3$kL9!qZ') > 3); });
