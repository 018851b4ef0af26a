#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { binaryPath } = require('../lib');
const r = spawnSync(binaryPath, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) { console.error(`fastscan: ${r.error.message}`); process.exit(2); }
process.exit(r.status ?? 1);
