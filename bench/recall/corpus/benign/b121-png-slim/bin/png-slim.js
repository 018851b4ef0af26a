#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { inspect, slim } = require('../lib');

const argv = process.argv.slice(2);
const opts = { aggressive: argv.includes('--aggressive'), dry: argv.includes('--dry-run'), info: argv.includes('--inspect') };
const keepIdx = argv.indexOf('--keep');
const keep = keepIdx >= 0 ? argv[keepIdx + 1].split(',') : [];
const files = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--keep');

if (!files.length) {
  console.log('usage: png-slim [--inspect] [--dry-run] [--aggressive] [--keep iCCP,pHYs] file.png ...');
  process.exit(1);
}

let saved = 0;
for (const f of files) {
  const buf = fs.readFileSync(f);
  if (opts.info) { console.log(path.basename(f)); console.table(inspect(buf)); continue; }
  try {
    const r = slim(buf, { aggressive: opts.aggressive, keep });
    const pct = ((1 - r.after / r.before) * 100).toFixed(1);
    console.log(`${f}: ${r.before} -> ${r.after} bytes (-${pct}%)${r.removed.length ? ` removed ${[...new Set(r.removed)].join(',')}` : ''}`);
    if (!opts.dry && r.after < r.before) { fs.writeFileSync(f, r.buffer); saved += r.before - r.after; }
  } catch (e) {
    console.error(`${f}: ${e.message}`);
    process.exitCode = 1;
  }
}
if (!opts.info) console.log(`total saved: ${saved} bytes`);
