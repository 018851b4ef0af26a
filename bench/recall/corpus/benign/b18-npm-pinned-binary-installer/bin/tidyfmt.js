#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');
const bin = process.env.TIDYFMT_BINARY || path.join(__dirname, process.platform === 'win32' ? 'tidyfmt.exe' : 'tidyfmt-bin');
const r = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) { console.error(`tidyfmt: cannot run ${bin}: ${r.error.message}`); process.exit(127); }
process.exit(r.status ?? 1);
