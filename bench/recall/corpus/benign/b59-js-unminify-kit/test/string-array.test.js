'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { deobfuscate } = require('../src');

test('resolves a rotated string array and folds concatenation', () => {
  const src = fs.readFileSync(path.join(__dirname, 'fixtures', 'string-array.js'), 'utf8');
  const { code } = deobfuscate(src);
  const expected = fs.readFileSync(path.join(__dirname, 'fixtures', 'string-array.expected.js'), 'utf8').trim();
  assert.ok(code.includes(expected), code);
});
