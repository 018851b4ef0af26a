#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { formatTables } = require('..');

const args = process.argv.slice(2);
const write = args.includes('--write');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  process.stdout.write(formatTables(fs.readFileSync(0, 'utf8')));
  process.exit(0);
}
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  const out = formatTables(src);
  if (write) { if (out !== src) fs.writeFileSync(f, out); console.log((out !== src ? 'fixed  ' : 'ok     ') + f); }
  else process.stdout.write(out + '\n');
}
