#!/usr/bin/env node
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const { binaryPath } = require('../lib');

const bin = binaryPath();
if (!fs.existsSync(bin)) {
  console.error('ripfind: binary missing. Re-run `npm rebuild ripfind-bin` or set RIPFIND_BINARY_PATH.');
  process.exit(1);
}
const res = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
if (res.error) {
  console.error(res.error.message);
  process.exit(1);
}
process.exit(res.status === null ? 1 : res.status);
