#!/usr/bin/env node
'use strict';

const fs = require('node:fs');
const { scan, toSarif } = require('../lib/scan');

const args = process.argv.slice(2);
const opt = { root: '.', sarif: null, json: false, excludes: null };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--sarif') opt.sarif = args[++i];
  else if (a === '--json') opt.json = true;
  else if (a === '--exclude') (opt.excludes ||= []).push(args[++i]);
  else if (a === '-h' || a === '--help') {
    console.log('usage: leakhound [DIR] [--json] [--sarif out.sarif] [--exclude NAME]...');
    process.exit(0);
  } else opt.root = a;
}

const findings = scan(opt.root, opt.excludes ? { excludes: opt.excludes } : undefined);

if (opt.sarif) {
  fs.writeFileSync(opt.sarif, JSON.stringify(toSarif(findings), null, 2));
  console.error(`leakhound: wrote ${findings.length} result(s) to ${opt.sarif}`);
}
if (opt.json) {
  process.stdout.write(JSON.stringify(findings, null, 2) + '\n');
} else if (!opt.sarif) {
  for (const f of findings) console.log(`${f.file}:${f.line}\t${f.severity}\t${f.rule}\t${f.masked}`);
  console.error(`leakhound: ${findings.length} potential secret(s)`);
}
process.exitCode = findings.some((f) => f.severity === 'critical') ? 1 : 0;
