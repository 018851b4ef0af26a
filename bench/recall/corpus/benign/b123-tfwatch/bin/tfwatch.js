#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');

const exe = path.join(__dirname, process.platform === 'win32' ? 'tfwatch.exe' : 'tfwatch');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  console.error(r.error.code === 'ENOENT' ? 'tfwatch binary missing - run `npm rebuild tfwatch`' : r.error.message);
  process.exit(1);
}
process.exit(r.status ?? 1);
