#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');

const exe = process.env.TOMLFMT_BINARY ||
  path.join(__dirname, 'native', process.platform === 'win32' ? 'tomlfmt.exe' : 'tomlfmt');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  console.error(`tomlfmt: could not run ${exe}: ${r.error.message}. Reinstall tomlfmt-bin or set TOMLFMT_BINARY.`);
  process.exit(1);
}
process.exit(r.status ?? 1);
