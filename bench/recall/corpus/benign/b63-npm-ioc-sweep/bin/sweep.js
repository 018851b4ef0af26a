#!/usr/bin/env node
'use strict';
const path = require('path');
const { sweep } = require('../lib/sweep');

const args = process.argv.slice(2);
const json = args.includes('--json');
const packs = [];
const roots = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--pack') packs.push(path.resolve(args[++i]));
  else if (args[i] === '--project-only') continue;
  else if (!args[i].startsWith('--')) roots.push(path.resolve(args[i]));
}
if (!roots.length) roots.push(process.cwd());

let all = [];
for (const r of roots) all = all.concat(sweep(r, { packs, projectOnly: args.includes('--project-only') }).map((f) => Object.assign({ root: r }, f)));

if (json) process.stdout.write(JSON.stringify({ findings: all }, null, 2) + '\n');
else if (!all.length) console.log('No indicators found.');
else for (const f of all) console.log(`[${f.kind}] ${f.pack ? f.pack + ' ' : ''}${f.file}${f.detail ? ' — ' + f.detail : ''}`);
process.exitCode = all.some((f) => f.kind !== 'token-on-disk') ? 1 : 0;
