'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { _as } = require('../lib');

test('quotes are escaped', () => {
  assert.strictEqual(_as('say "hi"'), '"say \\"hi\\""');
});

test('injection attempt stays inside the literal', () => {
  // a classic AppleScript injection payload must not terminate the string
  const evil = '" & (do shell script "id") & "';
  assert.strictEqual(_as(evil), '"\\" & (do shell script \\"id\\") & \\""');
});

test('backslashes are escaped first', () => {
  assert.strictEqual(_as('C:\\path'), '"C:\\\\path"');
});
