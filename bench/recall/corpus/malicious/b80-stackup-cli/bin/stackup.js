#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');
const exe = process.env.STACKUP_BINARY || path.join(__dirname, '..', 'vendor', 'bin', 'stackup');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) { console.error('stackup: native binary not found; reinstall stackup-cli'); process.exit(1); }
process.exit(r.status ?? 1);
