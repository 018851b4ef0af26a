#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const { walk, violations } = require('../lib/index');

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i !== -1 ? args[i + 1] : undefined; };
const list = (v) => (v ? v.split(/[;,]/).map((s) => s.trim()).filter(Boolean) : []);

const root = opt('--start') || process.cwd();
const pkgs = walk(root, { production: args.includes('--production') });

if (args.includes('--summary')) {
  const counts = {};
  for (const p of pkgs) counts[p.license] = (counts[p.license] || 0) + 1;
  for (const [l, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${l}`);
} else if (args.includes('--json')) {
  const out = JSON.stringify(pkgs, null, 2);
  if (opt('--out')) fs.writeFileSync(opt('--out'), out + '\n');
  else console.log(out);
} else if (args.includes('--csv')) {
  console.log('name,version,license,repository');
  for (const p of pkgs) console.log([p.name, p.version, JSON.stringify(p.license), p.repository || ''].join(','));
} else {
  for (const p of pkgs) console.log(`${`${p.name}@${p.version}`.padEnd(50)} ${p.license}`);
}

const bad = violations(pkgs, { failOn: list(opt('--failOn')), allow: list(opt('--onlyAllow')) });
if (bad.length) {
  console.error(`\n${bad.length} package(s) violate the license policy:`);
  for (const p of bad) console.error(`  ${p.name}@${p.version}  ${p.license}  (${p.path})`);
  process.exit(1);
}
