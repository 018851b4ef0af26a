#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');
const exe = path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'rg.exe' : 'rg');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status == null ? 1 : r.status);
