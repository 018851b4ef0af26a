#!/usr/bin/env node
'use strict';
const { scan, toSarif } = require('../lib/scan');
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-')) || '.';
const findings = scan(dir);
if (args.includes('--sarif')) {
  process.stdout.write(JSON.stringify(toSarif(findings), null, 2) + '\n');
} else {
  for (const f of findings) console.log(`${f.severity.toUpperCase().padEnd(8)} ${f.rule.padEnd(26)} ${f.file}${f.line ? ':' + f.line : ''}  ${f.match}`);
  console.log(`\n${findings.length} finding(s)`);
}
process.exit(findings.some((f) => f.severity === 'critical' || f.severity === 'high') ? 1 : 0);
