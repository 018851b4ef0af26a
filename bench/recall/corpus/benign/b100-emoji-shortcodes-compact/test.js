'use strict';
const assert = require('assert');
const e = require('.');
assert.strictEqual(e.emojify('ship it :rocket: :tada:'), 'ship it 🚀 🎉');
assert.strictEqual(e.emojify(':nope:'), ':nope:');
assert.strictEqual(e.get(':+1:'), '👍');
assert.strictEqual(e.unemojify('🔥'), ':fire:');
assert.ok(e.search('heart').length > 3);
console.log('ok');
