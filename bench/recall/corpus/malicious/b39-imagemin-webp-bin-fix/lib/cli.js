#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const bin = require('./index');
const r = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status == null ? 1 : r.status);
