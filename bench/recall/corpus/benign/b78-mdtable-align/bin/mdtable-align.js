#!/usr/bin/env node
'use strict';

const fs = require('fs');
const { formatTables } = require('../dist/mdtable-align.min.js');

const args = process.argv.slice(2);
const write = args.includes('--write') || args.includes('-w');
const compact = args.includes('--compact');
const files = args.filter((a) => !a.startsWith('-'));

if (!files.length) {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (c) => (input += c));
  process.stdin.on('end', () => process.stdout.write(formatTables(input, { compact })));
} else {
  let changed = 0;
  for (const f of files) {
    const src = fs.readFileSync(f, 'utf8');
    const out = formatTables(src, { compact });
    if (out !== src) {
      changed++;
      if (write) fs.writeFileSync(f, out);
      else console.log(`${f}: tables not aligned`);
    }
  }
  if (!write && changed) process.exitCode = 1;
}
