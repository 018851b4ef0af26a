const test = require('node:test');
const assert = require('node:assert');
const { MemoryStore, cosine } = require('../dist/store');
test('cosine identity', () => assert.ok(Math.abs(cosine([1, 0], [1, 0]) - 1) < 1e-9));
test('store and search', () => {
  const s = new MemoryStore(':memory:');
  s.add('likes tea', [1, 0, 0]); s.add('lives in Oslo', [0, 1, 0]);
  assert.equal(s.search([0.9, 0.1, 0], 1)[0].text, 'likes tea');
});
