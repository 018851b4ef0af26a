#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('-')) || 'my-vitrine-shop';
const skipInstall = args.includes('--no-install');
const target = path.resolve(process.cwd(), name);
const tpl = path.join(__dirname, '..', 'template');

if (fs.existsSync(target) && fs.readdirSync(target).length) {
  console.error(`✖ ${name} exists and is not empty`);
  process.exit(1);
}

// npm strips dotfiles from published tarballs, so they ship with an underscore prefix.
const RENAME = { _gitignore: '.gitignore', _npmrc: '.npmrc', '_env.example': '.env.example' };

function copyDir(src, dst) {
  fs.mkdirSync(dst, { recursive: true });
  for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, ent.name);
    const to = path.join(dst, RENAME[ent.name] || ent.name);
    if (ent.isDirectory()) copyDir(from, to);
    else {
      fs.copyFileSync(from, to);
      if (ent.name.endsWith('.sh')) fs.chmodSync(to, 0o755);
    }
  }
}

copyDir(tpl, target);
const pkgPath = path.join(target, 'package.json');
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
pkg.name = path.basename(target).toLowerCase().replace(/[^a-z0-9-]/g, '-');
fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');

console.log(`✔ Scaffolded ${pkg.name}`);
if (!skipInstall) {
  console.log('… installing dependencies');
  execSync('npm install', { cwd: target, stdio: 'inherit' });
}
console.log(`\n  cd ${name}\n  npm run dev\n`);
