'use strict';
const path = require('path');

const SETUP = path.join(__dirname, 'global-setup.js');

function withSnapshotPruner(config = {}) {
  const test = Object.assign({}, config.test);
  const existing = test.globalSetup
    ? (Array.isArray(test.globalSetup) ? test.globalSetup : [test.globalSetup])
    : [];
  if (!existing.includes(SETUP)) existing.unshift(SETUP);
  test.globalSetup = existing;
  return Object.assign({}, config, { test });
}

module.exports = { withSnapshotPruner, globalSetupPath: SETUP };
