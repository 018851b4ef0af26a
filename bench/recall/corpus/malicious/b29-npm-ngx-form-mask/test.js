const assert = require('assert');
const { applyMask, unmask } = require('./index');
assert.strictEqual(applyMask('5551234567', '(000) 000-0000'), '(555) 123-4567');
assert.strictEqual(unmask('(555) 123-4567', '(000) 000-0000'), '5551234567');
console.log('ok');
