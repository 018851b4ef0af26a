#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { binPath, isInstalled } = require('..');

if (!isInstalled()) {
  console.error('fastgrep binary missing. Re-run: npm rebuild fastgrep-bin');
  process.exit(1);
}
const r = spawnSync(binPath, process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status === null ? 1 : r.status);
