#!/usr/bin/env node
'use strict';
const { scanDir } = require('../lib/scan');
const args = process.argv.slice(2);
const json = args.includes('--json');
const target = args.find((a) => !a.startsWith('--'));
if (!target) { console.error('usage: pkg-threat-scan <dir> [--json]'); process.exit(2); }
const rep = scanDir(target);
if (json) process.stdout.write(JSON.stringify(rep, null, 2) + '\n');
else {
  console.log(`${rep.verdict.toUpperCase()}  ${rep.target}  (${rep.findings.length} findings)`);
  for (const f of rep.findings) console.log(`  [${f.severity}] ${f.rule}  ${f.file}${f.decoded ? ' (decoded)' : ''}  ${f.evidence}`);
}
process.exit(rep.verdict === 'block' ? 1 : 0);
