#!/usr/bin/env node
'use strict';
const fs = require('fs');
const readline = require('readline');
const { pwnedCount } = require('../lib/hibp');
const { entries } = require('../lib/csv');

async function fromStdin() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const pw = await new Promise((res) => rl.question('password (not echoed): ', res));
  rl.close();
  const n = await pwnedCount(pw);
  console.log(n ? `seen in ${n.toLocaleString()} breaches – do not use it` : 'not found in known breaches');
}

async function fromCsv(file) {
  const list = entries(fs.readFileSync(file, 'utf8'));
  const reused = new Map();
  for (const e of list) reused.set(e.password, (reused.get(e.password) || 0) + 1);
  let bad = 0;
  for (const e of list) {
    const n = await pwnedCount(e.password);
    const r = reused.get(e.password);
    if (n || r > 1) {
      bad++;
      console.log(`${e.site.slice(0, 40).padEnd(40)} ${e.user.slice(0, 30).padEnd(30)} ${n ? `PWNED x${n}` : ''} ${r > 1 ? `reused x${r}` : ''}`);
    }
  }
  console.log(`\n${bad}/${list.length} entries need a new password.`);
  console.log(`Reminder: delete ${file} – it contains all your passwords in plain text.`);
}

const arg = process.argv[2];
(arg === '--stdin' || !arg ? fromStdin() : fromCsv(arg)).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
