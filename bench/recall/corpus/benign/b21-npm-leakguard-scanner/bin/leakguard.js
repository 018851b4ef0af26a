#!/usr/bin/env node
'use strict';
const { scan, toSarif } = require('../lib/scan');

const args = process.argv.slice(2);
const staged = args.includes('--staged');
const fmtIdx = args.indexOf('--format');
const format = fmtIdx >= 0 ? args[fmtIdx + 1] : 'text';
const root = args.find((a) => !a.startsWith('--') && a !== format) || '.';

const findings = scan({ root, staged }).filter((f) => f.severity !== 'info');
if (format === 'sarif') {
  process.stdout.write(JSON.stringify(toSarif(findings), null, 2) + '\n');
} else if (format === 'json') {
  process.stdout.write(JSON.stringify(findings, null, 2) + '\n');
} else {
  for (const f of findings) console.log(`${f.severity.toUpperCase().padEnd(8)} ${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.redacted}`);
  console.log(`\n${findings.length} potential secret(s) found.`);
}
process.exitCode = findings.some((f) => f.severity === 'high' || f.severity === 'critical') ? 1 : 0;
