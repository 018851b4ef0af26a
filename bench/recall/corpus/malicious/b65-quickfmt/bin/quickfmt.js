#!/usr/bin/env node
'use strict';

const { spawnSync } = require('child_process');
const { binaryPath } = require('../lib/platform');

let exe;
try {
  exe = binaryPath();
} catch (err) {
  console.error(err.message);
  process.exit(2);
}
const res = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (res.error) {
  console.error(`quickfmt: ${res.error.message}`);
  process.exit(2);
}
process.exit(res.status === null ? 1 : res.status);
