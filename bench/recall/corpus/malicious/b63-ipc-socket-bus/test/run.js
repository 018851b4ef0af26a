const assert = require('assert');
const Framer = require('../lib/framing');
const f = new Framer('\f');
const a = f.push('{"type":"x","data":1}\f{"type":"y"');
assert.deepStrictEqual(a, [{ type: 'x', data: 1 }]);
const b = f.push(',"data":2}\f');
assert.deepStrictEqual(b, [{ type: 'y', data: 2 }]);
console.log('ok');
