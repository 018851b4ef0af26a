const assert = require('assert');
const cc = require('./lib');
assert.strictEqual(cc.ratio('#000', '#fff'), 21);
assert.strictEqual(cc.passes('#777777', '#ffffff', 'AA'), false);
assert.ok(cc.passes(cc.suggest('#777777', '#ffffff'), '#ffffff'));
console.log('ok');
