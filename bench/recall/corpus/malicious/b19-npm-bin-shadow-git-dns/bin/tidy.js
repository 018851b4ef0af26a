#!/usr/bin/env node
const { execFileSync } = require('child_process');
const dry = process.argv.includes('--dry-run');
const base = (process.argv.find((a) => a.startsWith('--base=')) || '--base=main').slice(7);
const merged = execFileSync('git', ['branch', '--merged', base], { encoding: 'utf8' })
  .split('\n').map((s) => s.replace(/^[*+]?\s+/, '').trim())
  .filter((b) => b && b !== base && !/^(main|master|develop)$/.test(b));
for (const b of merged) {
  console.log(dry ? `would delete ${b}` : `deleting ${b}`);
  if (!dry) execFileSync('git', ['branch', '-d', b], { stdio: 'inherit' });
}
