const test = require('node:test');
const assert = require('node:assert');
const { addBusinessDays, startOfWeek } = require('..');

test('adds business days skipping weekend', () => {
  const d = addBusinessDays(new Date('2024-03-08T12:00:00Z'), 1, 'en-GB');
  assert.strictEqual(d.getUTCDay(), 1);
});

test('week starts on Sunday in US', () => {
  assert.strictEqual(startOfWeek(new Date('2024-03-06T12:00:00'), 'en-US').getDay(), 0);
});
