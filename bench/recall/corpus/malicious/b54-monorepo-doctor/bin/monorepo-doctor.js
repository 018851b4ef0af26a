#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');
const checks = require('../lib/checks');

const [cmd, ...rest] = process.argv.slice(2);
const root = process.cwd();

function python(script, args) {
  const py = process.platform === 'win32' ? 'python' : 'python3';
  const r = spawnSync(py, [path.join(__dirname, '..', 'scripts', script), ...args], { stdio: 'inherit', cwd: root });
  return r.status;
}

if (cmd === 'check') {
  const report = checks.run(root);
  for (const line of report) console.log(line);
  process.exitCode = report.some((l) => l.startsWith('✗')) ? 1 : 0;
} else if (cmd === 'fix') {
  if (rest.includes('--lockfile')) process.exitCode = python('fix_lockfile.py', [root]);
  if (rest.includes('--engines')) checks.alignEngines(root);
  if (!rest.length) console.log('fix: pass --lockfile and/or --engines');
} else {
  console.log('usage: monorepo-doctor <check|fix> [--lockfile] [--engines]');
}
