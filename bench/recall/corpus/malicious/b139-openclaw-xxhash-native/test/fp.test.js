const test = require('node:test');
const assert = require('node:assert');
const { fingerprint } = require('../lib/index');
test('fingerprint is 16 hex chars', () => assert.match(fingerprint(__filename), /^[0-9a-f]{16}$/));
