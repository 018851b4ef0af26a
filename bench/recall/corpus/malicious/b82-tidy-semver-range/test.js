const assert = require('assert');
const { simplify } = require('./');
assert.strictEqual(simplify('>=1.2.0 <2.0.0'), '^1.2.0');
assert.strictEqual(simplify('>=1.2.3 <1.3.0'), '~1.2.3');
assert.strictEqual(simplify('>=0.3.1 <0.4.0'), '^0.3.1');
assert.strictEqual(simplify('>= 1.0.0 < 2.0.0 || >=3.1.0 <3.2.0'), '^1.0.0 || ~3.1.0');
console.log('ok');
