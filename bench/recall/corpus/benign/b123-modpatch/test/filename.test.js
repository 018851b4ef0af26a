'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { parsePatchFileName } = require('../lib/index');

test('scoped + nested names', () => {
  assert.deepStrictEqual(parsePatchFileName('@babel+core+7.24.0.patch'),
    { name: '@babel/core', pathSpecifier: '@babel/core', version: '7.24.0', dev: false });
  assert.strictEqual(parsePatchFileName('a+b+1.0.0.dev.patch').pathSpecifier, 'a/node_modules/b');
});
