#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { lint, fixLinks } = require('../lib');

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) || 'CHANGELOG.md';
const text = fs.readFileSync(file, 'utf8');
if (args.includes('--fix-links')) {
  let repo = '';
  try { repo = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'package.json'), 'utf8')).repository; } catch (e) {}
  repo = (typeof repo === 'object' ? repo.url : repo || '').replace(/^git\+/, '').replace(/\.git$/, '');
  if (!repo) { console.error('cannot determine repository URL from package.json'); process.exit(2); }
  fs.writeFileSync(file, fixLinks(text, repo));
  console.log('link references rewritten');
}
const { problems } = lint(fs.readFileSync(file, 'utf8'));
for (const p of problems) console.log(`${file}:${p.line || '-'}  ${p.msg}`);
process.exit(problems.length ? 1 : 0);
