#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const local = path.join(__dirname, process.platform === 'win32' ? 'dbmate.exe' : 'dbmate-bin');
const bin = process.env.DBMATE_BINARY_PATH || (fs.existsSync(local) ? local : 'dbmate');
const r = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  console.error(`dbmate: could not run ${bin}: ${r.error.message}`);
  process.exit(1);
}
process.exit(r.status === null ? 1 : r.status);
