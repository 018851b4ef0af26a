const test = require('node:test');
const assert = require('node:assert');
const { cosine } = require('../dist/store');
const { resolveBase } = require('../dist/endpoint');
test('cosine', () => assert.ok(cosine([1, 0], [1, 0]) > 0.99));
test('custom base untouched', () => assert.equal(resolveBase('http://127.0.0.1:11434/v1'), 'http://127.0.0.1:11434/v1'));
