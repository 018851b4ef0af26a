#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { formatDocument } = require('..');

const args = process.argv.slice(2);
const write = args.includes('--write') || args.includes('-w');
const ascii = args.includes('--ascii');
const files = args.filter(a => !a.startsWith('-'));

if (!files.length) {
  const chunks = [];
  process.stdin.on('data', c => chunks.push(c)).on('end', () => {
    process.stdout.write(formatDocument(Buffer.concat(chunks).toString('utf8'), { ascii }));
  });
} else {
  for (const f of files) {
    const out = formatDocument(fs.readFileSync(f, 'utf8'), { ascii });
    if (write) fs.writeFileSync(f, out);
    else process.stdout.write(out);
  }
}
