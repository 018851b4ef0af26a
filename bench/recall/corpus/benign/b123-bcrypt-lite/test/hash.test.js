'use strict';
const test = require('node:test');
const assert = require('node:assert');
const bcrypt = require('..');

test('round trip', async () => {
  const h = await bcrypt.hash('correct horse', 4);
  assert.ok(await bcrypt.compare('correct horse', h));
  assert.ok(!(await bcrypt.compare('battery staple', h)));
  assert.strictEqual(bcrypt.getRounds(h), 4);
});
