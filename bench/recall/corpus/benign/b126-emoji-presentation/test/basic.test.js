import test from 'node:test';
import assert from 'node:assert/strict';
import { toEmoji, toText, strip, graphemes, split, hasSelectors } from '../src/index.js';
import { EXAMPLES } from '../src/data.js';

test('toEmoji adds VS16', () => assert.equal(toEmoji('I \u2665 NY'), 'I \u2665\uFE0F NY'));
test('toEmoji idempotent', () => assert.equal(toEmoji(toEmoji('\u2600')), '\u2600\uFE0F'));
test('toText', () => assert.equal(toText('\u2600\uFE0F'), '\u2600\uFE0E'));
test('strip', () => assert.equal(strip(EXAMPLES.heartEmoji), EXAMPLES.heartText));
test('graphemes', () => assert.equal(graphemes(EXAMPLES.family + EXAMPLES.coder), 2));
test('split family', () => assert.equal(split(EXAMPLES.family).length, 3));
test('hasSelectors flags smuggled runs', () => {
  const smuggled = 'x' + String.fromCodePoint(0xe0142, 0xe0143, 0xfe01);
  assert.equal(hasSelectors(EXAMPLES.heartEmoji).length, 0);
  assert.equal(hasSelectors(smuggled).length, 3);
});
