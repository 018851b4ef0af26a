#!/usr/bin/env node
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { sweep, loadRules } from '../src/index.mjs';

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const target = path.resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const baselineFile = path.join(target, '.secretsweep-baseline.json');
const baseline = new Set(existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : []);
const extra = args.filter((a, i) => args[i - 1] === '--rules').map((f) => path.resolve(f));

if (flag('--verify')) console.error('secretsweep: --verify sends each candidate only to its issuing provider\'s API to check whether it is live.');

const findings = await sweep(target, { rules: loadRules(extra), doVerify: flag('--verify'), baseline });

if (flag('--update-baseline')) {
  writeFileSync(baselineFile, JSON.stringify([...baseline, ...findings.map((f) => f.fingerprint)].sort(), null, 2) + '\n');
  console.error(`baseline now has ${baseline.size + findings.length} entries`);
  process.exit(0);
}
if (flag('--json')) console.log(JSON.stringify(findings, null, 2));
else {
  for (const f of findings) console.log(`${f.severity.padEnd(8)} ${f.file}:${f.line}  ${f.rule}  ${f.preview}${f.status ? `  [${f.status}]` : ''}`);
  console.log(`${findings.length} finding(s)`);
}
process.exit(findings.some((f) => f.severity === 'critical' || f.status === 'live') ? 1 : 0);
