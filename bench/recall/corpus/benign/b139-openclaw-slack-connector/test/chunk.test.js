const test = require('node:test');
const assert = require('node:assert');
const { chunk, isAllowed } = require('../dist/index.js');

test('chunk splits long text on newlines', () => {
  const parts = chunk('a'.repeat(3000) + '\n' + 'b'.repeat(3000));
  assert.strictEqual(parts.length, 2);
});
test('empty allow-list allows everything', () => {
  assert.ok(isAllowed({ allowedChannels: [] }, 'C123'));
  assert.ok(!isAllowed({ allowedChannels: ['C1'] }, 'C2'));
});
