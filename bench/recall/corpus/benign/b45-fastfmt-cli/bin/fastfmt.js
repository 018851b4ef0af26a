#!/usr/bin/env node
'use strict';
const path = require('path'), { spawnSync } = require('child_process');
const exe = process.env.FASTFMT_BINARY_PATH || path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'fastfmt.exe' : 'fastfmt');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) { console.error('fastfmt: binary not found, reinstall @fastfmt/cli (' + r.error.message + ')'); process.exit(127); }
process.exit(r.status == null ? 1 : r.status);
