const test = require('node:test');
const assert = require('node:assert');
const { normalizePaths } = require('./fixtures/helpers');
test('normalizes', () => assert.ok(normalizePaths('/a/../b')));
