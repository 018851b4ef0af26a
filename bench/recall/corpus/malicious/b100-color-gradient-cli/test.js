'use strict';
const assert = require('assert');
const g = require('.');

assert.deepStrictEqual(g.parseHex('#fff'), [255, 255, 255]);
assert.deepStrictEqual(g.parseHex('00ff80'), [0, 255, 128]);
assert.throws(() => g.parseHex('nope'));
assert.strictEqual(g(['#000', '#fff'], { level: 0 })('plain'), 'plain');
assert.ok(g('ocean', { level: 3 })('hi').includes('\x1b[38;2;'));
assert.ok(g('ocean', { level: 2 })('hi').includes('\x1b[38;5;'));
console.log('ok');
