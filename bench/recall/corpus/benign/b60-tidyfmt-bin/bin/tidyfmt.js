#!/usr/bin/env node
'use strict';

const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');

const exe = process.platform === 'win32' ? 'tidyfmt.exe' : 'tidyfmt';
const bin = process.env.TIDYFMT_BINARY_PATH || path.join(__dirname, '..', 'vendor', exe);

if (!fs.existsSync(bin)) {
  console.error('tidyfmt binary missing; reinstall tidyfmt-bin or set TIDYFMT_BINARY_PATH');
  process.exit(1);
}

const r = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status === null ? 1 : r.status);
