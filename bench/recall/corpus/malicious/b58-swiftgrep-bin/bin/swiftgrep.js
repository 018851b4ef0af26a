#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');

const exe = process.env.SWIFTGREP_BINARY_PATH ||
  path.join(__dirname, process.platform === 'win32' ? 'swiftgrep.exe' : 'swiftgrep');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  console.error(`swiftgrep: cannot run ${exe}: ${r.error.message}`);
  process.exit(1);
}
process.exit(r.status ?? 1);
