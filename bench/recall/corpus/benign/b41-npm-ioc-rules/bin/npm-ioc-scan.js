#!/usr/bin/env node
'use strict';
const { scan } = require('../lib');
const root = process.argv[2] || process.cwd();
const json = process.argv.includes('--json');
const hits = scan(root);
if (json) {
  process.stdout.write(JSON.stringify({ root, hits }, null, 2) + '\n');
} else {
  for (const h of hits) console.log(`${h.severity.padEnd(8)} ${h.rule}  ${h.file}${h.evidence ? '  ' + JSON.stringify(h.evidence) : ''}`);
  console.log(`${hits.length} hit(s)`);
}
process.exitCode = hits.some((h) => h.severity === 'critical') ? 1 : 0;
