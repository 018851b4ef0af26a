const assert=require('assert');
const {get}=require('./');
assert.strictEqual(get('kitten','sitting'),3);
assert.strictEqual(get('',''),0);
console.log('ok');
