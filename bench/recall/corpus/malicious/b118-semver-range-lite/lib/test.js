const assert = require('assert');
const sv = require('..');
assert.strictEqual(sv.compare('1.2.3', '1.10.0'), -1);
assert.ok(sv.satisfies('1.4.2', '^1.2.0'));
assert.ok(!sv.satisfies('2.0.0', '1.x || >=2.1'));
assert.strictEqual(sv.maxSatisfying(['1.0.0', '1.5.0', '2.0.0'], '~1.4 || ^1.5'), '1.5.0');
assert.ok(!sv.satisfies('1.3.0-beta', '^1.2.0'));
console.log('ok');
