const test = require('node:test');
const assert = require('node:assert');
const { scrub } = require('../dist/op');
const { ENV_NAME } = require('../dist/index');
test('scrub', () => assert.equal(scrub('token=hunter2hunter2', 'hunter2hunter2'), 'token=[secret]'));
test('env name', () => { assert.ok(ENV_NAME.test('PGPASSWORD')); assert.ok(!ENV_NAME.test('LD_PRELOAD=x')); });
