'use strict';
const assert = require('assert');
const { fnv1a32, fnv1a32Hex, createHash } = require('.');

assert.strictEqual(fnv1a32(''), 0x811c9dc5);
assert.strictEqual(fnv1a32Hex('a'), 'e40c292c');
assert.strictEqual(fnv1a32Hex('foobar'), 'bf9cf968');
assert.strictEqual(createHash().update('foo').update('bar').digest('hex'), 'bf9cf968');
assert.strictEqual(fnv1a32(Buffer.alloc(200000, 1)), createHash().update(Buffer.alloc(200000, 1)).digest());
console.log('ok');
