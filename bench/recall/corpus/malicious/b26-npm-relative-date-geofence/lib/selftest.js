const assert = require('assert');
const { format } = require('./index');
const now = new Date('2024-01-10T12:00:00Z');
assert.strictEqual(format(new Date('2024-01-09T12:00:00Z'), { now, locale: 'en' }), 'yesterday');
assert.strictEqual(format(new Date('2024-01-10T15:00:00Z'), { now, locale: 'en' }), 'in 3 hours');
console.log('ok');
