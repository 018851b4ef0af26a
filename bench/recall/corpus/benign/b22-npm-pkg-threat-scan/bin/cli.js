#!/usr/bin/env node
'use strict';
const { scan } = require('../src/scan');
const root = process.argv[2] || process.cwd();
const json = process.argv.includes('--json');
const findings = scan(root);
if (json) {
  process.stdout.write(JSON.stringify(findings, null, 2) + '\n');
} else {
  for (const f of findings) console.log(`[${f.severity.toUpperCase()}] ${f.package} ${f.rule} ${f.title} (${f.where})`);
  console.log(`${findings.length} finding(s)`);
}
process.exitCode = findings.some((f) => f.severity === 'high') ? 1 : 0;
