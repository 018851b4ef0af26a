#!/usr/bin/env node
const path = require('path');
const { spawnSync } = require('child_process');
const file = `fastlint-${process.platform}-${process.arch}${process.platform === 'win32' ? '.exe' : ''}`;
const r = spawnSync(path.join(__dirname, 'native', file), process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status ?? 1);
