#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');
const exe = path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'tomlfmt.exe' : 'tomlfmt');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) { console.error(`tomlfmt: ${r.error.message}. Reinstall tomlfmt-bin or set TOMLFMT_SKIP_DOWNLOAD and use a system tomlfmt.`); process.exit(1); }
process.exit(r.status ?? 1);
