#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { scan, toSarif } = require('../lib/scan');
const argv = process.argv.slice(2);
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
let root;
try { root = require('child_process').execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim(); }
catch { console.error('leakscan: not inside a git repository'); process.exit(2); }
const findings = scan(root, { staged: argv.includes('--staged') });
if (opt('--sarif')) fs.writeFileSync(opt('--sarif'), JSON.stringify(toSarif(findings), null, 2));
if (opt('--json')) fs.writeFileSync(opt('--json'), JSON.stringify(findings, null, 2));
if (!findings.length) { console.log('leakscan: no secrets found'); process.exit(0); }
for (const f of findings) console.log(`${f.file}:${f.line}  ${f.rule}  ${f.preview}`);
console.log(`\nleakscan: ${findings.length} possible secret(s). Rotate them, then remove from history (git filter-repo).`);
process.exit(1);
