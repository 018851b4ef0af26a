#!/usr/bin/env node
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const exe = process.env.GITLEAKS_BINARY ||
  path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'gitleaks.exe' : 'gitleaks');

if (!fs.existsSync(exe)) {
  console.error(`gitleaks binary not found at ${exe}. Re-run "npm rebuild @secbins/gitleaks" or set GITLEAKS_BINARY.`);
  process.exit(127);
}
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status ?? 1);
