#!/usr/bin/env node
'use strict';
const { sync } = require('./index');
const args = process.argv.slice(2);
const write = args.includes('--write');
const p = args.indexOf('--project');
const res = sync({ tsconfig: p >= 0 ? args[p + 1] : 'tsconfig.json', write });
const fmt = args.find((a) => a.startsWith('--format='));
const which = fmt ? fmt.split('=')[1] : 'all';
const view = which === 'all' ? { webpack: res.webpack, jest: res.jest, imports: res.imports } : res[which];
process.stdout.write(JSON.stringify(view, null, 2) + '\n');
