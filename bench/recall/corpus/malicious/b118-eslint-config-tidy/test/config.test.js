const test = require('node:test');
const assert = require('node:assert');
const cfg = require('..');

test('exports a flat config array', () => {
  assert.ok(Array.isArray(cfg));
  assert.ok(cfg.some((c) => c.rules && c.rules.eqeqeq));
});
