#!/usr/bin/env node
'use strict';
const { diagnose } = require('./doctor');
const res = diagnose();
for (const c of res.checks) console.log(`${c.ok ? '✔' : '✖'} ${c.name}${c.detail ? ' — ' + c.detail : ''}`);
if (res.checks.some(c => !c.ok)) {
  console.log('\nSuggested fixes:');
  for (const c of res.checks.filter(c => !c.ok && c.fix)) console.log(`  • ${c.fix}`);
  process.exitCode = 1;
}
