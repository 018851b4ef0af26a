'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { xxh64Hex } = require('..');

test('empty string, seed 0', () => assert.strictEqual(xxh64Hex(''), 'ef46db3751d8e999'));
test('"a", seed 0', () => assert.strictEqual(xxh64Hex('a'), 'd24ec4f1a98c6e5b'));
