const test = require('node:test');
const assert = require('node:assert');
const { gt } = require('../dist/semver');
test('gt', () => {
  assert.ok(gt('3.2.1', '3.2.0'));
  assert.ok(!gt('3.2.0', '3.2.0'));
  assert.ok(gt('3.2.0', '3.2.0-rc.1'));
  assert.ok(!gt('garbage', '1.0.0'));
});
