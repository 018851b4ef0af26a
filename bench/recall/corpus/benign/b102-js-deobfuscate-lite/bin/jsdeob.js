#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { deobfuscate } = require('../src/deob');

const file = process.argv[2];
if (!file) {
  console.error('usage: jsdeob FILE [--json]');
  process.exit(2);
}
const res = deobfuscate(fs.readFileSync(file, 'utf8'));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(res, null, 2));
} else {
  console.log(`== layers unwrapped: ${res.steps.length}`);
  for (const s of res.steps) console.log(`  [${s.kind}] ${s.to}`);
  console.log(`== sinks: ${res.sinks.join(', ') || 'none'}`);
  for (const [k, v] of Object.entries(res.iocs)) if (v.length) console.log(`== ${k}: ${v.join('  ')}`);
  console.log('\n== deobfuscated source\n' + res.output);
}
