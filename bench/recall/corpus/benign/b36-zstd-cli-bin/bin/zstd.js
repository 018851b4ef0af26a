#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { zstdPath } = require('../lib');
const r = spawnSync(zstdPath(), process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status === null ? 1 : r.status);
