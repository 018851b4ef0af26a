'use strict';
const assert = require('assert');
const s = require('..');

assert.strictEqual(s.valid('v1.2.3'), '1.2.3');
assert.strictEqual(s.compare('1.2.3', '1.2.4'), -1);
assert.strictEqual(s.compare('1.0.0-alpha', '1.0.0'), -1);
assert.ok(s.satisfies('1.4.0', '^1.2.0'));
assert.ok(!s.satisfies('2.0.0', '^1.2.0'));
assert.ok(s.satisfies('0.2.5', '^0.2.1'));
assert.ok(!s.satisfies('0.3.0', '^0.2.1'));
assert.ok(s.satisfies('1.2.9', '~1.2.3'));
assert.ok(s.satisfies('3.1.0', '1.x || 3.x'));
assert.ok(s.satisfies('1.5.0', '1.2.3 - 2.0.0'));
assert.strictEqual(s.maxSatisfying(['1.0.0', '1.2.0', '2.0.0'], '^1'), '1.2.0');
assert.strictEqual(s.inc('1.2.3', 'minor'), '1.3.0');
console.log('all passed');
