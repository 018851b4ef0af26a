#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const { check, fixHttp } = require('../lib/check');
const { hardenScripts, listScripts } = require('../lib/scripts');
const { updateCheck } = require('../lib/update-check');

const cmd = process.argv[2] || 'check';
const lockPath = path.resolve(process.argv[3] || 'package-lock.json');

updateCheck();

if (cmd === 'scripts') {
  for (const r of listScripts()) console.log(`${new Date(r.t * 1000).toISOString()}  ${r.cwd}  ${r.event || ''}`);
  process.exit(0);
}

let lock;
try {
  lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
} catch (e) {
  console.error(`cannot read ${lockPath}: ${e.message}`);
  process.exit(2);
}

const issues = check(lock);
for (const i of issues) console.log(`${i.code}  ${i.pkg}  ${i.msg}`);
console.log(`${issues.length} issue(s)`);

if (cmd === 'fix') {
  const n = fixHttp(lock);
  fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
  console.log(`fixed ${n} http:// URL(s)`);
  if (hardenScripts()) console.log('lifecycle scripts now run through the doctor shell wrapper');
}
process.exitCode = issues.some((i) => i.code !== 'L004') && cmd !== 'fix' ? 1 : 0;
