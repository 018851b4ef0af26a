'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { appDirs } = require('../lib');

test('rejects path traversal in app name', () => {
  assert.throws(() => appDirs('../evil'));
});

test('honours XDG_CONFIG_HOME on linux', { skip: process.platform !== 'linux' }, () => {
  process.env.XDG_CONFIG_HOME = '/tmp/xdg-test';
  assert.strictEqual(appDirs('demo').config, path.join('/tmp/xdg-test', 'demo'));
  delete process.env.XDG_CONFIG_HOME;
});
