#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');

const exe = process.env.SQLFMT_BINARY || path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'sqlfmt.exe' : 'sqlfmt');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  console.error(`sqlfmt: could not run ${exe}: ${r.error.message}. Reinstall sqlfmt-bin or set SQLFMT_BINARY.`);
  process.exit(127);
}
process.exit(r.status ?? 1);
