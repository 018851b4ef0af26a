#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');

const exe = process.env.PGFMT_BINARY_PATH ||
  path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'pgfmt.exe' : 'pgfmt');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  console.error(`pgfmt-cli: could not run ${exe}: ${r.error.message}. Reinstall the package or set PGFMT_BINARY_PATH.`);
  process.exit(1);
}
process.exit(r.status ?? 1);
