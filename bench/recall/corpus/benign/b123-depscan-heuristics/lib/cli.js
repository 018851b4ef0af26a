#!/usr/bin/env node
'use strict';
const { scanPackage, score } = require('./index');

const dirs = process.argv.slice(2);
const threshold = Number(process.env.DEPSCAN_FAIL_SCORE || 10);
let worst = 0;
for (const d of dirs.length ? dirs : ['.']) {
  const f = scanPackage(d);
  const s = score(f);
  worst = Math.max(worst, s);
  console.log(`${d}: score ${s}`);
  for (const x of f) console.log(`  [${x.severity}] ${x.rule} ${x.file}${x.line ? `:${x.line}` : ''}  ${x.detail}`);
}
process.exitCode = worst >= threshold ? 1 : 0;
