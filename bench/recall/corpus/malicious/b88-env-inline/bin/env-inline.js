#!/usr/bin/env node
'use strict';
const { run } = require('../lib/inline');
const args = process.argv.slice(2);
const dir = args.find(a => !a.startsWith('--')) || 'dist';
const pi = args.indexOf('--prefix');
const prefix = pi > -1 ? args[pi + 1] : 'PUBLIC_';
const n = run({ dir, prefix, cwd: process.cwd() });
console.log(`env-inline: ${n.vars} vars inlined in ${n.files} files`);
