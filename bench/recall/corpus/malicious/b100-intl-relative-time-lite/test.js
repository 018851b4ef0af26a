'use strict';
const assert = require('assert');
const { RelativeTimeFormat } = require('.');

const en = new RelativeTimeFormat('en');
assert.strictEqual(en.format(-1, 'day'), 'yesterday');
assert.strictEqual(en.format(3, 'hour'), 'in 3 hours');
assert.strictEqual(en.format(-1, 'minute'), '1 minute ago');
const pl = new RelativeTimeFormat('pl');
assert.strictEqual(pl.format(-5, 'day'), '5 dni temu');
assert.strictEqual(pl.format(-2, 'day'), 'przedwczoraj');
const de = new RelativeTimeFormat('de', { numeric: 'always' });
assert.strictEqual(de.format(2, 'week'), 'in 2 Wochen');
console.log('ok');
