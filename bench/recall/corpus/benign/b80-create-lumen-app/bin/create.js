#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const pmIdx = argv.indexOf('--pm');
const pm = pmIdx >= 0 ? argv[pmIdx + 1] : (process.env.npm_config_user_agent || 'npm').split('/')[0];
const target = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--pm');

if (!target) {
  console.error('usage: create-lumen-app <directory> [--no-install] [--no-git] [--force] [--pm npm|pnpm|yarn]');
  process.exit(2);
}

const dest = path.resolve(target);
const name = path.basename(dest).toLowerCase().replace(/[^a-z0-9-~._]/g, '-');
if (fs.existsSync(dest) && fs.readdirSync(dest).length && !flags.has('--force')) {
  console.error(`${dest} is not empty. Use --force to scaffold anyway.`);
  process.exit(1);
}

function copyDir(src, out) {
  fs.mkdirSync(out, { recursive: true });
  for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, ent.name);
    let to = path.join(out, ent.name.replace(/^_/, '.').replace(/\.tmpl$/, ''));
    if (ent.isDirectory()) { copyDir(from, to); continue; }
    const content = fs.readFileSync(from, 'utf8').replace(/\{\{name\}\}/g, name);
    fs.writeFileSync(to, content);
    console.log(`  create ${path.relative(process.cwd(), to)}`);
  }
}

function step(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: dest, stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status === 0;
}

copyDir(path.join(__dirname, '..', 'templates', 'default'), dest);
if (!flags.has('--no-install')) step(pm, ['install']);
if (!flags.has('--no-git') && step('git', ['init', '-q'])) {
  step('git', ['add', '-A']);
  step('git', ['commit', '-q', '-m', 'Initial commit from create-lumen-app']);
}
console.log(`\nDone. Next:\n  cd ${path.relative(process.cwd(), dest) || '.'}\n  ${pm} run dev\n`);
