#!/usr/bin/env node
'use strict';

const path = require('path');
const { findProjectRoot, collect, sizeOf, remove } = require('../lib/sweep');

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);

if (flag('-h') || flag('--help')) {
  console.log(`usage: buildsweep [--yes] [--deep] [--only dist,.next]

Lists build artefacts under the current project. Nothing is deleted unless --yes is given.
  --deep   also remove node_modules folders (not just node_modules/.cache)
  --only   comma-separated folder names to target instead of the defaults`);
  process.exit(0);
}

const root = findProjectRoot(process.cwd());
if (!root) {
  console.error('buildsweep: no package.json found here or in any parent; refusing to run.');
  process.exit(1);
}
const home = require('os').homedir();
if (root === home || root === path.parse(root).root) {
  console.error(`buildsweep: project root resolved to ${root}; refusing to sweep a home or filesystem root.`);
  process.exit(1);
}

const onlyArg = args.find((a) => a.startsWith('--only='));
const opts = { deep: flag('--deep') };
if (onlyArg) opts.targets = onlyArg.slice(7).split(',').filter(Boolean);

const found = collect(root, opts);
if (!found.length) { console.log('buildsweep: nothing to clean.'); process.exit(0); }

let total = 0;
for (const p of found) {
  const s = sizeOf(p);
  total += s;
  console.log(`${(s / 1048576).toFixed(1).padStart(9)} MB  ${path.relative(root, p)}`);
}
console.log(`${(total / 1048576).toFixed(1).padStart(9)} MB  total in ${root}`);

if (!flag('--yes')) {
  console.log('\nDry run. Re-run with --yes to delete the folders above.');
  process.exit(0);
}
remove(found);
console.log(`buildsweep: removed ${found.length} folder(s).`);
