#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');

const bin = process.env.MDFMT_BINARY_PATH || path.join(__dirname, 'native', process.platform === 'win32' ? 'mdfmt.exe' : 'mdfmt');
const r = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  console.error(`mdfmt: cannot run ${bin}: ${r.error.message}. Reinstall mdfmt-bin or set MDFMT_BINARY_PATH.`);
  process.exit(127);
}
process.exit(r.status === null ? 1 : r.status);
