const assert = require('assert');
const g = require('./index');
assert.ok(g.isMatch('src/lib/a.ts', 'src/**/*.{ts,tsx}'));
assert.ok(!g.isMatch('.env', '*'));
assert.ok(g.isMatch('.env', '*', { dot: true }));
assert.deepStrictEqual(g.filter(['a.js', 'b.md', 'c.js'], '*.js'), ['a.js', 'c.js']);
assert.ok(g.isMatch('x/y', '!**/node_modules/**'));
console.log('ok');
