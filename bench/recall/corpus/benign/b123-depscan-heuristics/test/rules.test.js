'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { scanPackage } = require('../lib');

test('flags the suspicious fixture (statically)', () => {
  const ids = scanPackage(path.join(__dirname, 'fixtures', 'suspicious-pkg')).map((f) => f.rule);
  assert.ok(ids.includes('install-script-network'));
  assert.ok(ids.includes('eval-decoded'));
});

test('clean fixture has no findings', () => {
  assert.deepStrictEqual(scanPackage(path.join(__dirname, 'fixtures', 'clean-pkg')), []);
});
