const assert = require('assert');
const s = require('./lib');
assert.strictEqual(s.bump('1.2.3', 'minor'), '1.3.0');
assert.strictEqual(s.bump('1.2.3-rc.1', 'prerelease'), '1.2.3-rc.2');
assert.strictEqual(s.maxSatisfying(['1.0.0', '1.4.2', '2.0.0'], '^1.0.0'), '1.4.2');
assert.strictEqual(s.diff('1.0.0', '1.1.0'), 'minor');
console.log('ok');
