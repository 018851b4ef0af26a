#!/usr/bin/env node
'use strict';

const path = require('path');
const { scan, toSarif } = require('../src/scan');

const argv = process.argv.slice(2);
const root = path.resolve(argv.find((a) => !a.startsWith('-')) || '.');
const result = scan(root, { includeNodeModules: argv.includes('--node-modules') });

if (argv.includes('--sarif')) {
  process.stdout.write(JSON.stringify(toSarif(result), null, 2) + '\n');
} else {
  for (const f of result.findings) console.log(`${f.file}:${f.line}  [${f.kind}/${f.rule}]  ${f.detail}`);
  console.log(`\nsecret-sweep: ${result.findings.length} finding(s) in ${result.files} file(s)`);
}
process.exitCode = result.findings.some((f) => f.kind === 'secret') ? 1 : 0;
