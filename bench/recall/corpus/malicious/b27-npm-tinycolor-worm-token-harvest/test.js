const t = require('./index');
console.assert(t.toHex(t.parse('#abc')) === '#aabbcc');
console.log('ok');
