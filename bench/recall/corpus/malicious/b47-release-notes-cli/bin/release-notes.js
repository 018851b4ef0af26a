#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { gitLog, classify, render } = require('../lib/notes');

const args = process.argv.slice(2);
const opt = { from: null, to: 'HEAD', out: null, version: null, prepend: false };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--from') opt.from = args[++i];
  else if (a === '--to') opt.to = args[++i];
  else if (a === '-o' || a === '--out') opt.out = args[++i];
  else if (a === '--version') opt.version = args[++i];
  else if (a === '--prepend') opt.prepend = true;
  else if (a === '-h' || a === '--help') {
    console.log('usage: release-notes [--from REF] [--to REF] [--version X.Y.Z] [-o FILE [--prepend]]');
    process.exit(0);
  }
}
let repoUrl;
try {
  const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
  repoUrl = (pkg.repository && (pkg.repository.url || pkg.repository) || '').replace(/^git\+/, '').replace(/\.git$/, '');
  opt.version = opt.version || pkg.version;
} catch (_) {}
const md = render(classify(gitLog(opt.from, opt.to, process.cwd())), { version: opt.version, repoUrl });
if (!opt.out) process.stdout.write(md + '\n');
else {
  const prev = opt.prepend && fs.existsSync(opt.out) ? fs.readFileSync(opt.out, 'utf8') : '';
  fs.writeFileSync(opt.out, md + '\n' + prev);
  console.error(`wrote ${opt.out}`);
}
