'use strict';
process.env.S3SYNC_TEST = '1';
const test = require('node:test');
const assert = require('node:assert');
const { endpoint } = require('../lib');
test('endpoint', () => {
  assert.strictEqual(endpoint('us-east-1'), 's3.amazonaws.com');
  assert.strictEqual(endpoint('sa-east-1'), 's3.sa-east-1.amazonaws.com');
});
