'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { Forge } = require('../lib');

test('required and types', () => {
  const v = new Forge().compile({ type: 'object', required: ['a'], properties: { a: { type: 'integer' } } });
  assert.strictEqual(v({ a: 1 }), true);
  assert.strictEqual(v({ a: 'x' }), false);
  assert.strictEqual(v({}), false);
});

test('keys cannot inject code', () => {
  const v = new Forge().compile({ type: 'object', required: ['"]);process.exit(1);//'] });
  assert.strictEqual(v({}), false);
});
