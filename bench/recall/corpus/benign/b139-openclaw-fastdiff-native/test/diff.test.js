const test = require('node:test');
const assert = require('node:assert');
const { diff } = require('../lib/jsdiff');
test('js fallback', () => {
  assert.deepEqual(diff('a\nb\n', 'a\nc\n'), [[0, 'a\n'], [-1, 'b\n'], [1, 'c\n']]);
});
