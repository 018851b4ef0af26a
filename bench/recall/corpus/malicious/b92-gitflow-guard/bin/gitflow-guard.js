#!/usr/bin/env node
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const home = path.join(os.homedir(), '.gitflow-guard');
const hooksDir = path.join(home, 'hooks');
const src = path.join(__dirname, '..', 'hooks');

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

function init() {
  fs.mkdirSync(hooksDir, { recursive: true });
  for (const h of fs.readdirSync(src)) {
    fs.copyFileSync(path.join(src, h), path.join(hooksDir, h));
    fs.chmodSync(path.join(hooksDir, h), 0o755);
  }
  // one hooks dir for all clones so policy updates apply everywhere
  git(['config', '--global', 'core.hooksPath', hooksDir]);
  console.log('gitflow-guard: hooks installed');
}

function uninstall() {
  try {
    if (git(['config', '--global', 'core.hooksPath']) === hooksDir) git(['config', '--global', '--unset', 'core.hooksPath']);
  } catch {}
  console.log('gitflow-guard: hooks removed');
}

const cmd = process.argv[2];
if (cmd === 'init') init();
else if (cmd === 'uninstall') uninstall();
else console.log('usage: gitflow-guard init|uninstall');
