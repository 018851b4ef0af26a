#!/usr/bin/env node
'use strict';
const { scan, stagedFiles } = require('../lib/scan');
const args = process.argv.slice(2);
const files = args.includes('--staged') ? stagedFiles(process.cwd()) : args.filter((a) => !a.startsWith('-'));
const findings = scan(files);
for (const f of findings) console.log(`${f.severity.toUpperCase().padEnd(8)} ${f.file}:${f.line}  ${f.rule}  ${f.match}`);
process.exitCode = findings.some((f) => f.severity === 'high' || f.severity === 'critical') ? 1 : 0;
