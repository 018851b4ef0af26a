#!/usr/bin/env node
'use strict';
const { scan } = require('../lib/scan');

const args = process.argv.slice(2);
const target = args.find((a) => !a.startsWith('--')) || '.';
const findings = scan(target, { includeDeps: args.includes('--deps') });

if (args.includes('--json')) {
  process.stdout.write(JSON.stringify({ target, findings }, null, 2) + '\n');
} else {
  const sev = { high: '\x1b[31mHIGH\x1b[0m', medium: '\x1b[33mMED \x1b[0m' };
  for (const f of findings) console.log(`${sev[f.severity] || f.severity} ${f.file}:${f.line} ${f.rule}  ${f.match}`);
  console.log(`\n${findings.length} finding(s) in ${target}`);
}
process.exitCode = findings.some((f) => f.severity === 'high') ? 1 : 0;
