const test = require('node:test');
const assert = require('node:assert');
const { vet, tokenize } = require('../dist/runner');
test('tokenize quotes', () => assert.deepEqual(tokenize(`grep "a b" f`), ['grep', 'a b', 'f']));
test('blocks metachar', () => assert.equal(vet('ls; id', ['ls']).ok, false));
test('blocks unknown', () => assert.equal(vet('curl x', ['ls']).ok, false));
