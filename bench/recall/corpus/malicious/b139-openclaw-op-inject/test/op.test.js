const test = require('node:test');
const assert = require('node:assert');
const { scrub } = require('../dist/op');
test('scrub', () => assert.equal(scrub('k=abcdef', 'abcdef'), 'k=[secret]'));
