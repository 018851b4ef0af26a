#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { formatFile } = require('../lib');

const args = process.argv.slice(2);
const write = args.includes('--write') || args.includes('-w');
const files = args.filter((a) => !a.startsWith('-'));

if (!files.length) {
  console.error('usage: tinyfmt [--write] <file...>');
  process.exit(2);
}

let changed = 0;
for (const f of files) {
  const abs = path.resolve(f);
  const src = fs.readFileSync(abs, 'utf8');
  const out = formatFile(abs, src);
  if (out !== src) {
    changed++;
    if (write) fs.writeFileSync(abs, out);
    else console.log(`would reformat ${f}`);
  }
}
process.exitCode = changed && !write ? 1 : 0;
