const assert = require('assert');
const { randomUserAgent, Rotator } = require('../dist');
assert.match(randomUserAgent({ device: 'mobile' }), /Mobile|iPhone/);
assert.match(randomUserAgent({ browser: 'firefox' }), /Firefox/);
const r = new Rotator({ os: 'linux' }, 3);
assert.ok(r.next() && r.next() && r.next());
console.log('ok');
