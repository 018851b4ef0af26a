#!/usr/bin/env node
'use strict';
const path = require('path');
const os = require('os');
const { scan, prune, trim } = require('../lib/prune');

const [cmd, dirArg, ...rest] = process.argv.slice(2);
const root = path.resolve((dirArg || '.').replace(/^~/, os.homedir()));
const olderIdx = rest.indexOf('--older');
const days = olderIdx >= 0 ? Number(rest[olderIdx + 1]) : 30;
const mb = (b) => (b / 1048576).toFixed(1) + ' MB';

if (cmd === 'scan') {
  for (const f of scan(root)) console.log(`${mb(f.size).padStart(10)}  ${f.ageDays}d  ${f.dir}`);
} else if (cmd === 'prune') {
  const r = prune(root, days);
  console.log(`removed ${r.count} folders, freed ${mb(r.bytes)}`);
} else if (cmd === 'trim') {
  const r = trim(path.resolve('node_modules'));
  console.log(`trimmed ${r.count} files, freed ${mb(r.bytes)}`);
} else {
  console.log('usage: node-prune-deep <scan|prune|trim> [dir] [--older days]');
}
