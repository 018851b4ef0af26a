#!/usr/bin/env node
'use strict';
const { freshness } = require('../lib/index.js');
const json = process.argv.includes('--json');
freshness(process.cwd()).then((rows) => {
  if (json) return console.log(JSON.stringify(rows, null, 2));
  let total = 0;
  for (const r of rows) {
    if (r.error) { console.log(`  ?  ${r.name}: ${r.error}`); continue; }
    total += r.libyear || 0;
    const flag = r.majorsBehind > 0 ? `${r.majorsBehind} major${r.majorsBehind > 1 ? 's' : ''} behind` : '';
    console.log(`${(r.libyear ?? 0).toFixed(2).padStart(6)}y  ${r.name.padEnd(32)} ${String(r.current).padEnd(10)} -> ${String(r.latest).padEnd(10)} ${flag}`);
  }
  console.log(`\nTotal: ${total.toFixed(1)} libyears across ${rows.length} dependencies`);
}, (e) => { console.error(e.message); process.exit(1); });
