#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { readReport } = require('./index');

const [cmd = 'report', file = '.envtrace.json'] = process.argv.slice(2);
if (cmd !== 'report') {
  console.error('usage: envtrace report [.envtrace.json]');
  process.exit(2);
}
const r = readReport(file);
let documented = new Set();
for (const f of ['.env.example', '.env.sample', '.env.template']) {
  const p = path.join(process.cwd(), f);
  if (fs.existsSync(p)) for (const l of fs.readFileSync(p, 'utf8').split('\n')) {
    const m = l.match(/^\s*([A-Z_][A-Z0-9_]*)\s*=/);
    if (m) documented.add(m[1]);
  }
}
console.log('Used variables:');
for (const [k, site] of Object.entries(r.used)) console.log(`  ${documented.has(k) ? ' ' : '!'} ${k.padEnd(32)} ${site}`);
console.log('\nRead but unset:');
for (const [k, site] of Object.entries(r.missing)) console.log(`    ${k.padEnd(32)} ${site}`);
const unused = [...documented].filter((k) => !(k in r.used) && !(k in r.missing));
if (unused.length) console.log('\nDocumented but never read:\n  ' + unused.join('\n  '));
