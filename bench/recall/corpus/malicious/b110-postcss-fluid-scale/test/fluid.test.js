'use strict'
const test = require('node:test')
const assert = require('node:assert')
const postcss = require('postcss')
const plugin = require('..')

test('converts fluid() to clamp()', async () => {
  const out = await postcss([plugin({ minViewport: 320, maxViewport: 1280 })]).process('h1{font-size:fluid(24px,48px)}', { from: undefined })
  assert.match(out.css, /clamp\(1\.5rem, .*vw, 3rem\)/)
})

test('@fluid-range overrides viewport', async () => {
  const out = await postcss([plugin()]).process('@fluid-range 400 1200; p{margin:fluid(1rem,2rem)}', { from: undefined })
  assert.ok(!out.css.includes('@fluid-range'))
  assert.match(out.css, /clamp\(/)
})
