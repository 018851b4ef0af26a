#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

const RECOMMENDED = [
  ['ignore-scripts', 'true', 'do not run dependency lifecycle scripts; allow per package with `npm rebuild <pkg>`'],
  ['audit', 'true', 'run npm audit on install'],
  ['audit-level', 'high', 'fail `npm audit` at high severity'],
  ['save-exact', 'true', 'pin exact versions when adding dependencies'],
  ['engine-strict', 'true', 'refuse to install packages whose engines do not match'],
  ['strict-ssl', 'true', 'verify TLS certificates'],
];

const args = process.argv.slice(2);
const apply = args.includes('--apply');
const only = args.filter((a) => !a.startsWith('--'));

function findProjectRoot(start) {
  let dir = start;
  while (true) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

const root = findProjectRoot(process.cwd());
if (!root) { console.error('npmrc-harden: no package.json found above the current directory.'); process.exit(1); }
const file = path.join(root, '.npmrc');
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
const lines = before.split(/\r?\n/).filter((l, i, a) => !(i === a.length - 1 && l === ''));

const changes = [];
for (const [key, value, why] of RECOMMENDED) {
  if (only.length && !only.includes(key)) continue;
  const idx = lines.findIndex((l) => new RegExp(`^\\s*${key}\\s*=`).test(l));
  const want = `${key}=${value}`;
  if (idx >= 0 && lines[idx].replace(/\s/g, '') === want) continue;
  changes.push({ key, want, old: idx >= 0 ? lines[idx] : null, why });
  if (idx >= 0) lines[idx] = want; else lines.push(want);
}

if (!changes.length) { console.log(`${path.relative(process.cwd(), file) || '.npmrc'} already hardened.`); process.exit(0); }

console.log(`Proposed changes to ${file}:\n`);
for (const c of changes) console.log(`${c.old ? `- ${c.old}\n` : ''}+ ${c.want}    # ${c.why}`);
console.log('\nOnly this project file is changed. Your user ~/.npmrc and global config are left alone.');

if (!apply) { console.log('\nRun again with --apply to write these changes.'); process.exit(0); }
fs.writeFileSync(file, lines.join('\n') + '\n');
console.log(`\nWrote ${file}.`);
if (changes.some((c) => c.key === 'ignore-scripts')) {
  console.log('Note: packages that need a build step (native addons) now need `npm rebuild <name>` after install.');
}
