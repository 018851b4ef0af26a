const assert = require('assert');
const { names, frames } = require('./');
assert(names.length > 5);
for (const n of names) assert(Array.isArray(frames[n].frames));
console.log('ok');
