#!/usr/bin/env node
'use strict';

const { check, whoami } = require('../lib/doctor');

const args = process.argv.slice(2);
const online = args.includes('--online');
const json = args.includes('--json');

(async () => {
  const report = check();
  let auth = null;
  if (online) auth = await whoami();
  if (json) {
    console.log(JSON.stringify({ report, auth }, null, 2));
  } else {
    if (!report.length) console.log('No .npmrc files found.');
    for (const r of report) {
      console.log(`\n${r.scope}: ${r.file}`);
      if (!r.issues.length) console.log('  ✓ no issues');
      for (const i of r.issues) console.log(`  ${i.level === 'error' ? '✗' : i.level === 'warn' ? '!' : '·'} ${i.msg}`);
    }
    if (auth) console.log(`\nnpm whoami (your configured registry): ${auth.ok ? auth.msg : 'not authenticated — ' + auth.msg}`);
  }
  process.exitCode = report.some((r) => r.issues.some((i) => i.level === 'error')) ? 1 : 0;
})();
