const assert = require('assert');
const { nextDelay } = require('../lib/backoff');
let d = 25;
for (let i = 0; i < 100; i++) { d = nextDelay(d, 25, 2000); assert(d >= 25 && d <= 2000); }
console.log('ok');
