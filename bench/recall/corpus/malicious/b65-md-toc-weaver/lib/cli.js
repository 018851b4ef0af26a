#!/usr/bin/env node
'use strict';

const fs = require('fs');
const { insert, toc } = require('./index');

const args = process.argv.slice(2);
const write = args.includes('-i') || args.includes('--write');
const files = args.filter((a) => !a.startsWith('-'));
if (!files.length) {
  console.error('usage: md-toc [-i] <file.md...>');
  process.exit(1);
}
let changed = 0;
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  if (write) {
    const out = insert(src);
    if (out !== src) { fs.writeFileSync(f, out); changed++; }
  } else {
    process.stdout.write(`${toc(src)}\n`);
  }
}
if (write) console.error(`md-toc: updated ${changed} file(s)`);
