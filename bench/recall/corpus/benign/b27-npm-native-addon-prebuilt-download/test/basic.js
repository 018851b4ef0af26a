const assert = require('assert');
const { parse } = require('..');
assert.deepStrictEqual(parse('a,"b,c",d\n1,2,3'), [['a', 'b,c', 'd'], ['1', '2', '3']]);
console.log('ok');
