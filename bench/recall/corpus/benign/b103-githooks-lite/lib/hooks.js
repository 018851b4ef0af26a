'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const MARKER = '# githooks-lite';
const VALID = new Set([
  'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-commit', 'pre-merge-commit', 'prepare-commit-msg',
  'commit-msg', 'post-commit', 'pre-rebase', 'post-checkout', 'post-merge', 'pre-push', 'post-rewrite'
]);

function projectRoot(start) {
  // INIT_CWD is the directory `npm install` was run in (the user's project)
  let dir = path.resolve(start);
  while (true) {
    if (fs.existsSync(path.join(dir, 'package.json')) && !dir.includes(`${path.sep}node_modules${path.sep}`)) return dir;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function hooksDir(root) {
  try {
    const custom = execFileSync('git', ['config', 'core.hooksPath'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (custom) return path.resolve(root, custom);
  } catch (_) { /* not set */ }
  try {
    const gitDir = execFileSync('git', ['rev-parse', '--git-common-dir'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return path.join(path.resolve(root, gitDir), 'hooks');
  } catch (_) {
    return null;
  }
}

function script(cmd) {
  return [
    '#!/bin/sh',
    MARKER,
    '[ -n "$GITHOOKS_LITE_SKIP" ] && exit 0',
    `${cmd}`,
    ''
  ].join('\n');
}

function install(root, { force = false, log = console.log } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const hooks = pkg.githooks || {};
  const dir = hooksDir(root);
  if (!dir) { log('githooks-lite: not a git repository, skipping'); return []; }
  fs.mkdirSync(dir, { recursive: true });
  const written = [];
  for (const [name, cmd] of Object.entries(hooks)) {
    if (!VALID.has(name)) { log(`githooks-lite: ignoring unknown hook "${name}"`); continue; }
    const file = path.join(dir, name);
    if (fs.existsSync(file) && !fs.readFileSync(file, 'utf8').includes(MARKER)) {
      if (!force) { log(`githooks-lite: ${name} exists and was not created by githooks-lite; leaving it (use --force)`); continue; }
      fs.copyFileSync(file, file + '.githooks-lite.bak');
    }
    fs.writeFileSync(file, script(cmd), { mode: 0o755 });
    written.push(name);
  }
  if (written.length) log(`githooks-lite: installed ${written.join(', ')} into ${path.relative(root, dir) || dir}`);
  return written;
}

function uninstall(root, { log = console.log } = {}) {
  const dir = hooksDir(root);
  if (!dir || !fs.existsSync(dir)) return [];
  const removed = [];
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!VALID.has(name)) continue;
    if (fs.readFileSync(file, 'utf8').includes(MARKER)) {
      fs.unlinkSync(file);
      if (fs.existsSync(file + '.githooks-lite.bak')) fs.renameSync(file + '.githooks-lite.bak', file);
      removed.push(name);
    }
  }
  log(`githooks-lite: removed ${removed.join(', ') || 'nothing'}`);
  return removed;
}

module.exports = { install, uninstall, projectRoot, hooksDir, MARKER };
