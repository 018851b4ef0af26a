#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { execSync } = require('child_process');

const RENAMES = {
  '_gitignore': '.gitignore',
  '_yarnrc.yml': '.yarnrc.yml',
  '_yarn': '.yarn',
  '_editorconfig': '.editorconfig',
  '_env.example': '.env.example'
};

function ask(q, def) {
  if (!process.stdin.isTTY) return Promise.resolve(def);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((res) => rl.question(`${q} (${def}) `, (a) => { rl.close(); res(a.trim() || def); }));
}

function copyDir(src, dst, vars) {
  fs.mkdirSync(dst, { recursive: true });
  for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
    const name = RENAMES[ent.name] || ent.name;
    const s = path.join(src, ent.name);
    const d = path.join(dst, name);
    if (ent.isDirectory()) copyDir(s, d, vars);
    else if (/\.(json|md|html|ts|tsx)$/.test(name)) {
      let txt = fs.readFileSync(s, 'utf8');
      for (const [k, v] of Object.entries(vars)) txt = txt.split(`{{${k}}}`).join(v);
      fs.writeFileSync(d, txt);
    } else fs.copyFileSync(s, d);
  }
}

async function main() {
  const argName = process.argv[2];
  const name = argName || await ask('Project name?', 'relay-app');
  const target = path.resolve(process.cwd(), name);
  if (fs.existsSync(target) && fs.readdirSync(target).length) {
    console.error(`✖ ${target} is not empty`);
    process.exit(1);
  }
  const schema = await ask('GraphQL schema URL?', 'http://localhost:4000/graphql');
  copyDir(path.join(__dirname, '..', 'template'), target, { name, schema });
  try { execSync('git init -q', { cwd: target, stdio: 'ignore' }); } catch (_) {}
  console.log(`\n✔ Created ${name}\n\n  cd ${name}\n  yarn\n  yarn dev\n`);
}

main().catch((e) => { console.error(e); process.exit(1); });
