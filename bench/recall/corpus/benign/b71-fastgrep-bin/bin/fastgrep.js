#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');
const exe = process.env.FASTGREP_BINARY_PATH || path.join(__dirname, process.platform === 'win32' ? 'fastgrep.exe' : 'fastgrep-native');
if (!fs.existsSync(exe)) { console.error('fastgrep binary missing; reinstall with `npm rebuild fastgrep-bin` or set FASTGREP_BINARY_PATH'); process.exit(127); }
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status === null ? 1 : r.status);
