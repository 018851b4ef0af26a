const test = require('node:test');
const assert = require('node:assert');
const { incVersion } = require('../lib');
test('patch', () => assert.strictEqual(incVersion('1.2.3', 'patch'), '1.2.4'));
test('minor', () => assert.strictEqual(incVersion('1.2.3', 'minor'), '1.3.0'));
test('major', () => assert.strictEqual(incVersion('1.2.3', 'major'), '2.0.0'));
