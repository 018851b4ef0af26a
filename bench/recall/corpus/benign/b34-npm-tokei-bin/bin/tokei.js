#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');
const exe = process.env.TOKEI_BINARY_PATH || path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'tokei.exe' : 'tokei');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) { console.error(`tokei-bin: cannot run ${exe}: ${r.error.message}. Re-run "npm rebuild @fastcount/tokei-bin".`); process.exit(1); }
process.exit(r.status ?? 1);
