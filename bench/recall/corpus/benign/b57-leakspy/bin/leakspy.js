#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { scan } = require('../lib/scan');

const args = process.argv.slice(2);
const json = args.includes('--json');
const outIdx = args.indexOf('--out');
const outFile = outIdx >= 0 ? args[outIdx + 1] : null;
const root = args.find((a, i) => !a.startsWith('--') && i !== outIdx + 1) || '.';
let ignore = [];
try { ignore = fs.readFileSync(path.join(root, '.leakspyignore'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean); } catch (_) {}

const findings = scan(root, { ignore });

if (json || outFile) {
  const body = JSON.stringify({ root: path.resolve(root), count: findings.length, findings }, null, 2);
  if (outFile) fs.writeFileSync(outFile, body);
  else process.stdout.write(body + '\n');
} else if (!findings.length) {
  console.log('leakspy: no secrets found');
} else {
  for (const f of findings) console.log(`${path.relative(process.cwd(), f.file)}:${f.line}  ${f.rule}  ${f.match}`);
  console.log(`\nleakspy: ${findings.length} potential secret(s). Rotate anything real, then add "leakspy:ignore" to false positives.`);
}
process.exitCode = findings.length ? 1 : 0;
