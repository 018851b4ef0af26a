#!/usr/bin/env node
'use strict';
const { scan } = require('../lib/scan');
const args = process.argv.slice(2);
const json = args.includes('--json');
const dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length) { console.error('usage: pkg-threat-scan <dir...> [--json] [--rules file]'); process.exit(2); }
let worst = 0;
for (const d of dirs) {
  const r = scan(d);
  if (r.summary.critical) worst = Math.max(worst, 2); else if (r.summary.warn) worst = Math.max(worst, 1);
  if (json) { console.log(JSON.stringify(r)); continue; }
  console.log(`${d}: ${r.summary.critical} critical, ${r.summary.warn} warn, ${r.summary.info} info`);
  for (const f of r.findings) console.log(`  [${f.severity}] ${f.rule} ${f.file}${f.line ? ':' + f.line : ''} — ${f.why || ''}`);
}
process.exit(worst === 2 ? 2 : 0);
