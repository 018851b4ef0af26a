#!/usr/bin/env node
'use strict';
const { loadWorkspace, fixInternal, bump, pin, write } = require('../lib/sync');

const argv = process.argv.slice(2);
const [cmd, a1, a2] = argv.filter((x) => !x.startsWith('--'));
const dryRun = argv.includes('--dry-run');
const fi = argv.indexOf('--filter');
const filter = fi !== -1 ? argv[fi + 1] : undefined;

try {
  const ws = loadWorkspace(process.cwd());
  let changes;
  if (cmd === 'check') {
    changes = fixInternal(ws);
    if (changes.length) { console.log(changes.join('\n')); console.error(`\n${changes.length} range(s) out of sync; run "wvs fix"`); process.exit(1); }
    console.log('all internal ranges in sync');
    process.exit(0);
  } else if (cmd === 'fix') changes = fixInternal(ws);
  else if (cmd === 'bump') changes = bump(ws, a1 || 'patch', filter);
  else if (cmd === 'pin') { if (!a1 || !a2) throw new Error('usage: wvs pin <dep> <version>'); changes = pin(ws, a1, a2); }
  else { console.log('usage: wvs <check | fix | bump <level> [--filter glob] | pin <dep> <version>> [--dry-run]'); process.exit(0); }
  console.log(changes.length ? changes.join('\n') : 'nothing to change');
  const files = write(ws, { dryRun });
  if (files.length) console.log(`\n${dryRun ? 'would write' : 'wrote'}: ${files.join(', ')}`);
} catch (e) {
  console.error('wvs: ' + e.message);
  process.exit(1);
}
