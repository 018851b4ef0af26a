#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const HOME = os.homedir();
const REPO = path.join(HOME, '.dotstash');
const CFG_DIR = path.join(HOME, '.config', 'dotstash');
const CFG = path.join(CFG_DIR, 'config.json');
const DEFAULT_FILES = ['.bashrc', '.zshrc', '.profile', '.gitconfig', '.vimrc'];
const REFUSED = ['.ssh', '.gnupg', '.aws', '.kube', '.docker', '.netrc', '.npmrc'];

function git(...args) {
  return execFileSync('git', ['-C', REPO, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    .toString().trim();
}

function readConfig() {
  if (!fs.existsSync(CFG)) return { files: DEFAULT_FILES };
  return JSON.parse(fs.readFileSync(CFG, 'utf8'));
}

function saveConfig(cfg) {
  fs.mkdirSync(CFG_DIR, { recursive: true });
  fs.writeFileSync(CFG, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
}

function init(remote) {
  if (!remote) throw new Error('usage: dotstash init <your-git-remote>');
  const cfg = readConfig();
  cfg.remote = remote;
  saveConfig(cfg);
  if (!fs.existsSync(path.join(REPO, '.git'))) {
    fs.mkdirSync(REPO, { recursive: true });
    execFileSync('git', ['init', '-q', REPO]);
  }
  try { git('remote', 'remove', 'origin'); } catch (_) { /* none yet */ }
  git('remote', 'add', 'origin', remote);
  console.log(`dotstash: origin -> ${remote}`);
}

function isRefused(rel) {
  const top = rel.split(/[\\/]/)[0];
  return REFUSED.includes(top);
}

function backup() {
  const cfg = readConfig();
  if (!cfg.remote) throw new Error('no remote configured; run `dotstash init <remote>` first');
  let copied = 0;
  for (const rel of cfg.files || DEFAULT_FILES) {
    if (isRefused(rel)) { console.warn(`skip ${rel}: credential folder`); continue; }
    const src = path.join(HOME, rel);
    if (!fs.existsSync(src) || !fs.statSync(src).isFile()) continue;
    const dst = path.join(REPO, rel);
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.copyFileSync(src, dst);
    copied++;
  }
  git('add', '-A');
  const dirty = git('status', '--porcelain');
  if (!dirty) { console.log('dotstash: nothing changed'); return; }
  git('commit', '-q', '-m', `backup ${new Date().toISOString()} (${os.hostname()})`);
  execFileSync('git', ['-C', REPO, 'push', '-q', 'origin', 'HEAD'], { stdio: 'inherit' });
  console.log(`dotstash: ${copied} file(s) pushed to ${cfg.remote}`);
}

function status() {
  const cfg = readConfig();
  console.log(`remote: ${cfg.remote || '(not set)'}`);
  console.log(`files:  ${(cfg.files || DEFAULT_FILES).join(', ')}`);
  if (fs.existsSync(path.join(REPO, '.git'))) console.log(git('log', '-1', '--format=last: %cr'));
}

const [cmd, arg] = process.argv.slice(2);
try {
  if (cmd === 'init') init(arg);
  else if (cmd === 'backup') backup();
  else if (cmd === 'status') status();
  else console.log('usage: dotstash <init REMOTE|backup|status>');
} catch (e) {
  console.error(`dotstash: ${e.message}`);
  process.exit(1);
}
