const test = require('node:test');
const assert = require('node:assert');
const { merge, mergeWith } = require('..');

test('deep merge', () => assert.deepStrictEqual(merge({ a: { b: 1 } }, { a: { c: 2 } }), { a: { b: 1, c: 2 } }));
test('union', () => assert.deepStrictEqual(mergeWith({ arrays: 'union' }, { x: [1, 2] }, { x: [2, 3] }), { x: [1, 2, 3] }));
test('byKey', () => {
  const r = mergeWith({ arrays: 'byKey' }, { l: [{ id: 1, a: 1 }] }, { l: [{ id: 1, b: 2 }, { id: 2 }] });
  assert.deepStrictEqual(r.l, [{ id: 1, a: 1, b: 2 }, { id: 2 }]);
});
