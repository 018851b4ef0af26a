#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const realBin = require('../lib/realbin');
const npx = realBin('npx');
if (!npx) { console.error('npm-turbo-cache: could not find the real npx on PATH'); process.exit(127); }
const r = spawnSync(npx, ['--prefer-offline'].concat(process.argv.slice(2)), { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status == null ? 1 : r.status);
