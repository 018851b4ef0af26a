#!/usr/bin/env node
'use strict';
const { scan } = require('../lib/scan');
const args = process.argv.slice(2);
const json = args.includes('--json');
const staged = args.includes('--staged');
const failOn = (args.find((a) => a.startsWith('--fail-on=')) || '--fail-on=high').split('=')[1];
const extra = args.filter((a) => a.startsWith('--rules=')).map((a) => a.slice(8));
const root = args.find((a) => !a.startsWith('--')) || process.cwd();
const ORDER = ['info', 'low', 'medium', 'high', 'critical'];
const findings = scan(root, { staged, extraRules: extra });
if (json) process.stdout.write(JSON.stringify(findings, null, 2) + '\n');
else for (const f of findings) console.log(`${f.severity.toUpperCase().padEnd(8)} ${f.file}:${f.line}  ${f.rule}  ${f.evidence}  — ${f.description}`);
const worst = Math.max(-1, ...findings.map((f) => ORDER.indexOf(f.severity)));
process.exit(worst >= ORDER.indexOf(failOn) ? 1 : 0);
