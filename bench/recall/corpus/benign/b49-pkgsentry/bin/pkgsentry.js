#!/usr/bin/env node
'use strict';
const { scanDir } = require('../src/scan');
const ORDER = ['info', 'low', 'medium', 'high', 'critical'];
const args = process.argv.slice(2);
const json = args.includes('--json');
const failOn = (args.find((a) => a.startsWith('--fail-on=')) || '--fail-on=high').split('=')[1];
const dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length) { console.error('usage: pkgsentry <dir...> [--json] [--fail-on=high]'); process.exit(2); }
let worst = -1;
const all = [];
for (const d of dirs) {
  for (const f of scanDir(d)) {
    all.push({ target: d, ...f });
    worst = Math.max(worst, ORDER.indexOf(f.severity));
  }
}
if (json) process.stdout.write(JSON.stringify(all, null, 2) + '\n');
else for (const f of all) console.log(`${f.severity.toUpperCase().padEnd(8)} ${f.rule}  ${f.target}/${f.file}${f.line ? ':' + f.line : ''}`);
process.exit(worst >= ORDER.indexOf(failOn) ? 1 : 0);
