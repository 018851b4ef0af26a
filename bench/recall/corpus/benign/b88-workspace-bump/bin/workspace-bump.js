#!/usr/bin/env node
'use strict';
const { plan, apply } = require('../lib');

const args = process.argv.slice(2);
const kind = args[0];
const all = args.includes('--all');
const dry = args.includes('--dry-run');
const names = args.slice(1).filter(a => !a.startsWith('--'));
if (!kind || (!all && !names.length)) {
  console.error('usage: workspace-bump <major|minor|patch|x.y.z> (<pkg>... | --all) [--dry-run]');
  process.exit(2);
}
try {
  const edits = plan(process.cwd(), kind, names, all);
  for (const { ws, changes } of edits) {
    console.log(`${ws.dir}/package.json`);
    for (const [k, from, to] of changes) console.log(`  ${k}: ${from} → ${to}`);
  }
  if (dry) console.log('\n(dry run, nothing written)');
  else { apply(edits); console.log(`\nupdated ${edits.length} package.json file(s)`); }
} catch (e) { console.error(`workspace-bump: ${e.message}`); process.exit(1); }
