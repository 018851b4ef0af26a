#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { protocPath, includePath } = require('./index');
const r = spawnSync(protocPath, [`-I${includePath}`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status === null ? 1 : r.status);
