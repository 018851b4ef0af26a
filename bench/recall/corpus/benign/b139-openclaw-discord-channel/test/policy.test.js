const test = require('node:test');
const assert = require('node:assert');
const { acceptDm, splitDiscord } = require('../dist/policy');
test('dm policy', () => {
  assert.equal(acceptDm({ dmPolicy: 'off' }, '1'), false);
  assert.equal(acceptDm({ dmAllowlist: ['1'] }, '1'), true);
  assert.equal(acceptDm({}, '2'), false);
});
test('split', () => assert.equal(splitDiscord('x'.repeat(4000)).length, 3));
