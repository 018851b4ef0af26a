'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { Evaluator } = require('../lib');

test('arithmetic', () => {
  assert.strictEqual(new Evaluator().evaluate('round(a * b, 2)', { a: 1.1, b: 3 }), 3.3);
});

test('rejects escapes', () => {
  const ev = new Evaluator();
  assert.throws(() => ev.evaluate('this.constructor.constructor("return process")()'));
  assert.throws(() => ev.evaluate('x = 1', { x: 0 }));
});
