'use strict';
const assert = require('assert');
const m = require('..');
const js = require('../fallback');
const vectors = [['', 0, 0], ['', 1, 0x514e28b7], ['hello', 0, 0x248bfa47], ['The quick brown fox jumps over the lazy dog', 0, 0x2e4ff723]];
for (const [s, seed, want] of vectors) {
  assert.strictEqual(m.x86_32(s, seed), want, `native ${JSON.stringify(s)}`);
  assert.strictEqual(js.x86_32(s, seed), want, `js ${JSON.stringify(s)}`);
}
console.log(`ok (${m.native ? 'native' : 'js fallback'})`);
