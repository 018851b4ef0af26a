#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { scan, toSarif } = require('../lib/scan');

const args = process.argv.slice(2);
const si = args.indexOf('--sarif');
const sarif = si > -1 ? args.splice(si, 2)[1] : null;
const staged = args.includes('--staged');
const paths = args.filter(a => !a.startsWith('--'));

const findings = scan(paths, { staged });
for (const f of findings) console.log(`${f.file}:${f.line}:${f.col}  ${f.rule}  ${f.preview}`);
if (sarif) fs.writeFileSync(sarif, JSON.stringify(toSarif(findings), null, 2));
console.error(findings.length ? `\nleakguard: ${findings.length} possible secret(s) found` : 'leakguard: clean');
process.exit(findings.length ? 1 : 0);
