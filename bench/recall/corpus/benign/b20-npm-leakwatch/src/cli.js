#!/usr/bin/env node
'use strict';
const { execFileSync } = require('child_process');
const { scanDir, scanText } = require('./scan');

const args = process.argv.slice(2);
let findings;
if (args.includes('--staged')) {
  const diff = execFileSync('git', ['diff', '--cached', '-U0', '--no-color'], { encoding: 'utf8' });
  const added = diff.split('\n').filter(l => l.startsWith('+') && !l.startsWith('+++')).map(l => l.slice(1)).join('\n');
  findings = scanText(added, '(staged)');
} else {
  findings = scanDir(args.find(a => !a.startsWith('-')) || '.');
}
if (args.includes('--json')) console.log(JSON.stringify(findings, null, 2));
else for (const f of findings) console.log(`${f.severity.padEnd(8)} ${f.rule.padEnd(28)} ${f.file}:${f.line}  ${f.match}`);
process.exit(findings.some(f => f.severity === 'high' || f.severity === 'critical') ? 1 : 0);
