#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { tsupPreset } = require('../lib');
const cfg = tsupPreset();
const args = ['tsup', ...cfg.entry, '--format', cfg.format.join(','), '--target', cfg.target, '--dts', '--sourcemap', '--clean'];
const r = spawnSync('npx', args, { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status || 0);
