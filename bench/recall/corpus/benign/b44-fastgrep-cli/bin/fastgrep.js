#!/usr/bin/env node
'use strict';

const { spawnSync } = require('child_process');
const { binaryPath } = require('../lib');

let bin;
try {
  bin = binaryPath();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const r = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  console.error('fastgrep: ' + r.error.message);
  process.exit(1);
}
process.exit(r.status === null ? 1 : r.status);
