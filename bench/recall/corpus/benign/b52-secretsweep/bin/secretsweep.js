#!/usr/bin/env node
'use strict';
const { scan, checkPerms } = require('../lib/scan');

const args = process.argv.slice(2);
if (args.includes('--perms')) {
  const bad = checkPerms();
  if (!bad.length) console.log('permissions look fine');
  for (const b of bad) console.log(`${b.path} is mode ${b.mode}; fix with: ${b.advice}`);
  process.exit(bad.length ? 1 : 0);
}
const target = args.find((a) => !a.startsWith('--')) || '.';
const findings = scan(target);
if (args.includes('--json')) console.log(JSON.stringify(findings, null, 2));
else for (const f of findings) console.log(`[${f.severity}] ${f.rule}  ${f.file}${f.line ? ':' + f.line : ''}  ${f.match}`);
process.exit(findings.some((f) => f.severity === 'critical' || f.severity === 'high') ? 2 : 0);
