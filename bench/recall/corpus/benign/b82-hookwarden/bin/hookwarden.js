#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const HOOKS = ['pre-commit', 'commit-msg', 'pre-push'];
const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
const tryGit = (...a) => { try { return git(...a); } catch (_) { return ''; } };

const [cmd, ...rest] = process.argv.slice(2);
const root = tryGit('rev-parse', '--show-toplevel');
if (!root) { console.error('hookwarden: not inside a git repository'); process.exit(1); }
const cfgPath = path.join(root, 'hookwarden.json');
const dir = path.join(root, '.githooks');

function config() {
  try { return JSON.parse(fs.readFileSync(cfgPath, 'utf8')); } catch (_) { return { hooks: {} }; }
}

switch (cmd) {
  case 'install': {
    const prev = tryGit('config', '--local', '--get', 'core.hooksPath');
    fs.mkdirSync(dir, { recursive: true });
    const tpl = fs.readFileSync(path.join(__dirname, '..', 'templates', 'hook.sh'), 'utf8');
    for (const h of HOOKS) fs.writeFileSync(path.join(dir, h), tpl, { mode: 0o755 });
    if (!fs.existsSync(cfgPath)) fs.writeFileSync(cfgPath, JSON.stringify({ hooks: { 'pre-commit': ['npm test --silent'] } }, null, 2) + '\n');
    if (prev && prev !== '.githooks') git('config', '--local', 'hookwarden.previousHooksPath', prev);
    git('config', '--local', 'core.hooksPath', '.githooks');
    console.log(`hookwarden: this repo now uses .githooks (was: ${prev || 'default .git/hooks'}).`);
    console.log('Edit hookwarden.json to choose commands; commit .githooks/ and hookwarden.json to share them.');
    break;
  }
  case 'uninstall': {
    const prev = tryGit('config', '--local', '--get', 'hookwarden.previousHooksPath');
    if (prev) { git('config', '--local', 'core.hooksPath', prev); tryGit('config', '--local', '--unset', 'hookwarden.previousHooksPath'); }
    else tryGit('config', '--local', '--unset', 'core.hooksPath');
    console.log(`hookwarden: restored core.hooksPath to ${prev || 'default'}.`);
    break;
  }
  case 'run': {
    const [hook, ...args] = rest;
    const cmds = (config().hooks || {})[hook] || [];
    for (const c of cmds) {
      console.log(`hookwarden ${hook}: ${c}`);
      const r = spawnSync(c, { shell: true, stdio: 'inherit', cwd: root, env: { ...process.env, HOOKWARDEN_ARGS: args.join(' ') } });
      if (r.status !== 0) process.exit(r.status || 1);
    }
    break;
  }
  case 'status': {
    console.log(`core.hooksPath (local): ${tryGit('config', '--local', '--get', 'core.hooksPath') || '(unset)'}`);
    console.log(JSON.stringify(config(), null, 2));
    break;
  }
  default:
    console.log('usage: hookwarden install | uninstall | status | run <hook>');
}
