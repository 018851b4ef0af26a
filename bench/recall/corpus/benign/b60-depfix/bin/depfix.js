#!/usr/bin/env node
'use strict';

const path = require('path');
const readline = require('readline');
const { plan, write } = require('../lib/apply');

const args = process.argv.slice(2);
const cmd = args[0] || 'help';
const yes = args.includes('--yes');
const dry = args.includes('--dry-run');
const root = process.cwd();

function showDiff(c) {
  const a = c.before.split('\n');
  const b = c.after.split('\n');
  console.log(`\x1b[1m${path.relative(root, c.target)}\x1b[0m`);
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] !== undefined) console.log(`\x1b[31m- ${a[i]}\x1b[0m`);
    if (b[i] !== undefined) console.log(`\x1b[32m+ ${b[i]}\x1b[0m`);
  }
}

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((r) => rl.question(`${q} [y/N] `, (a) => (rl.close(), r(/^y/i.test(a)))));
}

(async () => {
  if (cmd !== 'apply' && cmd !== 'diff') {
    console.log('usage: depfix diff | depfix apply [--dry-run] [--yes]');
    return;
  }
  const entries = plan(root);
  if (!entries.length) return console.log('no patches/ found');
  let pending = 0;
  for (const e of entries) {
    if (e.status === 'missing') {
      console.log(`skip ${e.pkg}: not installed`);
      continue;
    }
    if (e.status === 'version-mismatch') console.log(`warning: ${e.pkg} is ${e.installed}, patch targets ${e.version}`);
    for (const c of e.changes) {
      if (c.applied) continue;
      pending++;
      showDiff(c);
    }
  }
  if (!pending) return console.log('all patches already applied');
  if (cmd === 'diff' || dry) return;
  if (!yes && !(await ask(`Apply ${pending} change(s) to node_modules?`))) return console.log('nothing changed');
  write(entries);
  console.log(`applied ${pending} change(s)`);
})().catch((e) => {
  console.error(`depfix: ${e.message}`);
  process.exit(1);
});
