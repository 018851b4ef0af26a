const test = require('node:test');
const assert = require('node:assert');
const { applyPatch, validate } = require('..');

test('add to array end', () => {
  assert.deepStrictEqual(applyPatch({ a: [1] }, [{ op: 'add', path: '/a/-', value: 2 }]), { a: [1, 2] });
});
test('move', () => {
  assert.deepStrictEqual(applyPatch({ a: 1 }, [{ op: 'move', from: '/a', path: '/b' }]), { b: 1 });
});
test('validate', () => {
  assert.deepStrictEqual(validate([{ op: 'copy', path: '/x' }]), ['#0: copy requires "from"']);
});
