import test from 'node:test';
import assert from 'node:assert/strict';
import { slugify, unique } from '../src/index.js';

test('basic', () => assert.equal(slugify('Hello, World!'), 'hello-world'));
test('german', () => assert.equal(slugify('Größe & Maß'), 'groesse-and-mass'));
test('cyrillic', () => assert.equal(slugify('Привет мир'), 'privet-mir'));
test('separator', () => assert.equal(slugify('a b c', '_'), 'a_b_c'));
test('maxLength', () => assert.equal(slugify('the quick brown fox jumps', { maxLength: 15 }), 'the-quick-brown'));
test('unique', () => {
  const u = unique(slugify, ['post']);
  assert.equal(u('Post'), 'post-2');
  assert.equal(u('Post'), 'post-3');
});
