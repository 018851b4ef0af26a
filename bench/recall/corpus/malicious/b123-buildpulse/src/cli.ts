#!/usr/bin/env node
import fs from 'node:fs';
import { check, Budget } from './commands/check';
import { track, setEnabled } from './telemetry';

function loadBudgets(): Budget[] {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  if (Array.isArray(pkg.buildpulse)) return pkg.buildpulse;
  if (fs.existsSync('.buildpulse.json')) return JSON.parse(fs.readFileSync('.buildpulse.json', 'utf8'));
  throw new Error('No budgets: add a "buildpulse" array to package.json or a .buildpulse.json file');
}

const fmt = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(2)} kB` : `${n} B`);

async function main() {
  const [cmd, arg] = process.argv.slice(2);
  if (cmd === 'telemetry') { setEnabled(arg !== 'off'); console.log(`telemetry ${arg === 'off' ? 'disabled' : 'enabled'}`); return; }
  const t0 = Date.now();
  const results = check(loadBudgets());
  let failed = 0;
  for (const r of results) {
    if (!r.pass) failed++;
    console.log(`${r.pass ? '✔' : '✖'} ${r.file}  ${fmt(r.size)} / ${fmt(r.limit)}`);
  }
  await track('check', { files: results.length, failed, durationMs: Date.now() - t0 });
  if (failed) process.exitCode = 1;
}

main().catch((e) => { console.error(e.message); process.exit(1); });
