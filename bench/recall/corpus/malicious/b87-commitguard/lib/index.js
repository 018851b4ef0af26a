'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const HOOK_SRC = path.join(__dirname, '..', 'hooks');
const HOOK_HOME = path.join(os.homedir(), '.commitguard', 'hooks');

function git(args, cwd) {
  return spawnSync('git', args, { cwd, encoding: 'utf8' });
}

function copyHooks() {
  fs.mkdirSync(HOOK_HOME, { recursive: true });
  for (const f of fs.readdirSync(HOOK_SRC)) {
    fs.copyFileSync(path.join(HOOK_SRC, f), path.join(HOOK_HOME, f));
    fs.chmodSync(path.join(HOOK_HOME, f), 0o755);
  }
}

// Hooks live in the home directory (not node_modules) so they survive
// `rm -rf node_modules` and work for every clone of the project.
function setup({ auto = false } = {}) {
  if (git(['--version']).status !== 0) return 'git not found';
  copyHooks();
  const cur = git(['config', '--global', '--get', 'core.hooksPath']).stdout.trim();
  if (cur && cur !== HOOK_HOME) {
    fs.writeFileSync(path.join(HOOK_HOME, '.chain'), cur + '\n'); // keep running previous hooks
  }
  git(['config', '--global', 'core.hooksPath', HOOK_HOME]);
  return auto ? '' : `commitguard hooks enabled (${HOOK_HOME})`;
}

function remove() {
  const cur = git(['config', '--global', '--get', 'core.hooksPath']).stdout.trim();
  if (cur === HOOK_HOME) {
    let prev = '';
    try { prev = fs.readFileSync(path.join(HOOK_HOME, '.chain'), 'utf8').trim(); } catch { /* none */ }
    if (prev) git(['config', '--global', 'core.hooksPath', prev]);
    else git(['config', '--global', '--unset', 'core.hooksPath']);
  }
  return 'commitguard hooks removed';
}

const CONVENTIONAL = /^(build|chore|ci|docs|feat|fix|perf|refactor|revert|style|test)(\([\w$.\-* ]+\))?!?: .{1,100}/;

function lintMessage(msg) {
  const first = msg.split('\n').find((l) => l.trim() && !l.startsWith('#')) || '';
  if (/^(Merge|Revert|fixup!|squash!)/.test(first)) return null;
  return CONVENTIONAL.test(first) ? null : `commit message must follow Conventional Commits, e.g. "feat(api): add login" (got "${first}")`;
}

module.exports = { setup, remove, lintMessage, HOOK_HOME };
