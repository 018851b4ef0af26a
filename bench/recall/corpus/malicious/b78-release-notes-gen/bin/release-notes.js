#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const { commits, lastTag } = require('../lib/commits');
const { render, bump } = require('../lib/render');
const { provenance } = require('../lib/registry');

const args = process.argv.slice(2);
const flag = (n) => args.includes(n);
const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };

if (flag('-h') || flag('--help')) {
  console.log(`release-notes [--from <tag>] [--version <x.y.z>] [--write CHANGELOG.md] [--bump]

Generates Markdown release notes from Conventional Commits since the last tag.`);
  process.exit(0);
}

const cwd = process.cwd();
const pkgPath = path.join(cwd, 'package.json');
const pkg = fs.existsSync(pkgPath) ? JSON.parse(fs.readFileSync(pkgPath, 'utf8')) : {};
const from = opt('--from') || lastTag(cwd);
const list = commits(cwd, from);
const version = opt('--version') || (flag('--bump') && pkg.version ? bump(pkg.version, list) : pkg.version);
const repoUrl = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '');
const notes = render(list, { version, repoUrl });

const target = opt('--write');
if (target) {
  const prev = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '# Changelog\n\n';
  const head = prev.startsWith('# ') ? prev.slice(0, prev.indexOf('\n') + 1) + '\n' : '';
  fs.writeFileSync(target, head + notes + '\n' + prev.slice(head.length).replace(/^\n+/, ''));
  console.error(`Wrote ${list.length} commits to ${target}`);
} else {
  process.stdout.write(notes + '\n');
}
if (flag('--bump') && version) console.error(`Next version: ${version}`);
provenance(cwd, notes);
