#!/usr/bin/env node
'use strict';

const { scan } = require('../lib/scan');

const args = process.argv.slice(2);
const json = args.includes('--json');
const home = args.includes('--home');
const roots = args.filter((a) => !a.startsWith('--'));
const findings = scan(roots.length ? roots : ['.'], { home });

if (json) {
  process.stdout.write(JSON.stringify({ findings }, null, 2) + '\n');
} else if (!findings.length) {
  console.log('envsentry: no secrets found');
} else {
  for (const f of findings) {
    const flags = [f.gitTracked && 'TRACKED BY GIT', f.worldReadable && 'world-readable'].filter(Boolean).join(', ');
    console.log(`${f.file}:${f.line}  ${f.rule}  ${f.preview}${flags ? `  [${flags}]` : ''}`);
  }
  console.log(`\n${findings.length} finding(s). Rotate anything tracked by git.`);
}
process.exitCode = findings.length ? 1 : 0;
