#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { binaryPath } = require('../lib/platform');
const r = spawnSync(binaryPath(), process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  console.error(`fastfmt: could not run native binary (${r.error.message}). Try reinstalling or set FASTFMT_BINARY_PATH.`);
  process.exit(1);
}
process.exit(r.status ?? 1);
