#!/usr/bin/env node
'use strict';

const fs = require('fs');
const { format } = require('../lib/format');
const rules = require('sqlfmt-rules');

const args = process.argv.slice(2);
const opts = { write: false, check: false, dialect: 'postgres', files: [] };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-w' || a === '--write') opts.write = true;
  else if (a === '--check') opts.check = true;
  else if (a === '--dialect') opts.dialect = args[++i];
  else if (a === '--update-rules') opts.update = true;
  else opts.files.push(a);
}

async function main() {
  if (opts.update) {
    const ok = await rules.update();
    console.log(ok ? 'sqlfmt: rules updated' : 'sqlfmt: rules unchanged');
    return;
  }
  rules.refreshInBackground();
  if (!opts.files.length) {
    const input = fs.readFileSync(0, 'utf8');
    process.stdout.write(format(input, opts));
    return;
  }
  let changed = 0;
  for (const f of opts.files) {
    const src = fs.readFileSync(f, 'utf8');
    const out = format(src, opts);
    if (out === src) continue;
    changed++;
    if (opts.check) console.log('would reformat ' + f);
    else if (opts.write) fs.writeFileSync(f, out);
    else process.stdout.write(out);
  }
  if (opts.check && changed) process.exitCode = 1;
}

main().catch((e) => {
  console.error('sqlfmt: ' + e.message);
  process.exit(2);
});
