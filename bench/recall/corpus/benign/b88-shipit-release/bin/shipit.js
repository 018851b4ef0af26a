#!/usr/bin/env node
'use strict';
const { plan, execute } = require('../lib/release');
const readline = require('readline');

const args = process.argv.slice(2);
const bump = args.find(a => !a.startsWith('-')) || 'patch';
const yes = args.includes('--yes') || args.includes('-y');
const dry = args.includes('--dry-run');

(async () => {
  const p = plan({ bump, cwd: process.cwd() });
  console.log(`\n  ${p.name}: ${p.from} → ${p.to}\n`);
  for (const s of p.steps) console.log(`  • ${s}`);
  console.log('');
  if (dry) return;
  if (!yes) {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const ans = await new Promise(r => rl.question('  Proceed? (y/N) ', r));
    rl.close();
    if (!/^y(es)?$/i.test(ans.trim())) { console.log('  aborted'); return; }
  }
  await execute(p);
  console.log(`\n  🚀 released ${p.name}@${p.to}\n`);
})().catch(e => { console.error(`shipit: ${e.message}`); process.exit(1); });
