#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { pandocPath } = require('./index.js');
const r = spawnSync(pandocPath(), process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status ?? 1);
