'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { loadRules } = require('../lib/scan');

test('fixture lines trigger the expected rules', () => {
  const rules = loadRules();
  const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'evil-postinstall.txt'), 'utf8');
  const hit = (id) => rules.find((r) => r.id === id).re.test(text);
  assert.ok(hit('base64-to-shell'));
  assert.ok(hit('reverse-shell'));
  assert.ok(hit('workflow-write'));
});
