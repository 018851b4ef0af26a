const test = require('node:test');
const assert = require('node:assert');
const { createPool } = require('..');

test('exec runs a function in a worker', async () => {
  const pool = createPool({ size: 2 });
  const r = await Promise.all([1, 2, 3].map((n) => pool.exec((x) => x * x, [n])));
  assert.deepStrictEqual(r, [1, 4, 9]);
  await pool.destroy();
});

test('timeouts reject', async () => {
  const pool = createPool({ size: 1 });
  await assert.rejects(pool.exec(() => { for (;;) {} }, [], { timeoutMs: 100 }), /timed out/);
  await pool.destroy();
});
