const test = require('node:test');
const assert = require('node:assert');
const { intersect, satisfies } = require('../src');

test('caret ∩ tilde', () => assert.strictEqual(intersect('^1.2.0', '~1.4.1'), '>=1.4.1 <1.5.0'));
test('disjoint', () => assert.strictEqual(intersect('^1.0.0', '^2.0.0'), null));
test('satisfies', () => { assert.ok(satisfies('1.4.3', '^1.2.0')); assert.ok(!satisfies('2.0.0', '^1.2.0')); });
