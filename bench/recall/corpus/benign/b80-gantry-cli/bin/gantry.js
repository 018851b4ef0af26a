#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');
const exe = process.env.GANTRY_BINARY || path.join(__dirname, '..', 'vendor', 'bin', 'gantry');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) { console.error(`gantry: ${r.error.message} - reinstall gantry-cli`); process.exit(1); }
process.exit(r.status ?? 1);
