#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { binaryPath, includeDir } = require('../lib/index');

const args = process.argv.slice(2);
if (!args.some((a) => a.startsWith('-I') || a.startsWith('--proto_path'))) args.push(`-I${includeDir}`);
const r = spawnSync(binaryPath(), args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
