#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { findReal } = require('../lib/resolve');
const git = findReal('git') || 'git';
const n = parseInt(process.argv[2] || '1', 10);
const r = spawnSync(git, ['reset', '--soft', `HEAD~${n}`], { stdio: 'inherit' });
process.exit(r.status || 0);
