#!/usr/bin/env node
'use strict';
const { scan } = require('../lib/scan');

const args = process.argv.slice(2);
const roots = args.filter((a) => !a.startsWith('--'));
const packs = (args.find((a) => a.startsWith('--packs=')) || '--packs=default,agents').slice(8).split(',');
const res = scan({ roots: roots.length ? roots : ['.'], packs, includeHome: args.includes('--home') });

if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(res, null, 2) + '\n');
} else {
  for (const f of res.findings) console.log(`${f.severity.padEnd(8)} ${f.rule.padEnd(28)} ${f.file}:${f.line}  ${f.match}`);
  console.log(`\n${res.findings.length} finding(s) in ${res.files} file(s). Matches are redacted; nothing left this machine.`);
}
process.exit(res.findings.some((f) => f.severity === 'critical' || f.severity === 'high') ? 1 : 0);
