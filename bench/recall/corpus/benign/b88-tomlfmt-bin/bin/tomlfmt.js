#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');

const bin = process.env.TOMLFMT_BINARY_PATH ||
  path.join(__dirname, process.platform === 'win32' ? 'tomlfmt.exe' : 'tomlfmt-native');
if (!fs.existsSync(bin)) {
  console.error('tomlfmt: binary missing; reinstall tomlfmt-bin or set TOMLFMT_BINARY_PATH');
  process.exit(1);
}
const r = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status ?? 1);
