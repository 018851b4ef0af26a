'use strict';
const test = require('node:test');
const assert = require('node:assert');
const postcss = require('postcss');
const plugin = require('..');

test('converts fluid() to clamp()', async () => {
  const out = await postcss([plugin()]).process('h1{font-size:fluid(16px, 24px)}', { from: undefined });
  assert.match(out.css, /clamp\(1rem, .*, 1\.5rem\)/);
});
