#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { execFileSync } = require('child_process');

const args = process.argv.slice(2);
const name = args.find(a => !a.startsWith('-'));
const force = args.includes('--force');
const yes = args.includes('--yes');
const available = fs.readdirSync(path.join(__dirname, '..', 'templates')).map(f => f.replace(/\.yml$/, ''));

if (!name || !available.includes(name)) {
  console.error(`usage: ci-workflow-init <${available.join('|')}> [--force] [--yes]`);
  process.exit(2);
}

let root;
try { root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim(); }
catch { console.error('ci-workflow-init: run this inside a git repository'); process.exit(1); }

const pm = fs.existsSync(path.join(root, 'pnpm-lock.yaml')) ? 'pnpm' : fs.existsSync(path.join(root, 'yarn.lock')) ? 'yarn' : 'npm';
let branch = 'main';
try { branch = execFileSync('git', ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/^origin\//, ''); } catch {}
let engines = '';
try { engines = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines?.node || ''; } catch {}
const min = +((/(\d+)/.exec(engines) || [])[1] || 18);
const nodeVersions = [18, 20, 22].filter(v => v >= min).join(', ') || '20';

const vars = { branch, pm, nodeVersions, installCmd: pm === 'npm' ? 'npm ci' : `${pm} install --frozen-lockfile` };
const body = fs.readFileSync(path.join(__dirname, '..', 'templates', `${name}.yml`), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, k) => vars[k]);
const target = path.join(root, '.github', 'workflows', `${name}.yml`);

if (fs.existsSync(target) && !force) { console.error(`${path.relative(root, target)} exists (use --force)`); process.exit(1); }

console.log(`\n--- ${path.relative(root, target)} ---\n${body}---\n`);
const write = () => {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, body);
  console.log(`wrote ${path.relative(root, target)} — review, commit and push it yourself.`);
  if (name === 'release') console.log('remember to add the NPM_TOKEN repository secret.');
};
if (yes) write();
else {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.question('Write this file? (y/N) ', a => { rl.close(); if (/^y/i.test(a)) write(); else console.log('nothing written'); });
}
