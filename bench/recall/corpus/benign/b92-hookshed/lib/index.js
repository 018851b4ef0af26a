'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const HOOKS = ['pre-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit', 'post-checkout', 'post-merge', 'pre-push', 'pre-rebase'];
const DIR = '.hookshed';

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function repoRoot(cwd = process.cwd()) {
  try {
    if (git(['rev-parse', '--is-inside-work-tree'], cwd) !== 'true') return null;
    return git(['rev-parse', '--show-toplevel'], cwd);
  } catch {
    return null;
  }
}

const dispatcher = (hook) => `#!/bin/sh
# hookshed dispatcher for ${hook} (generated; edit .hookshed/${hook} instead)
[ "$HOOKSHED" = "0" ] && exit 0
f="$(git rev-parse --show-toplevel)/${DIR}/${hook}"
[ -f "$f" ] || exit 0
sh -e "$f" "$@"
`;

function install(cwd) {
  if (process.env.HOOKSHED === '0') return { skipped: 'HOOKSHED=0' };
  const root = repoRoot(cwd);
  if (!root) return { skipped: 'not a git work tree' };
  const hooksDir = path.join(root, DIR, '_');
  fs.mkdirSync(hooksDir, { recursive: true });
  for (const h of HOOKS) {
    const p = path.join(hooksDir, h);
    fs.writeFileSync(p, dispatcher(h));
    fs.chmodSync(p, 0o755);
  }
  fs.writeFileSync(path.join(hooksDir, '.gitignore'), '*\n');
  let previous = '';
  try { previous = git(['config', '--local', '--get', 'core.hooksPath'], root); } catch {}
  if (previous && previous !== `${DIR}/_`) git(['config', '--local', 'hookshed.previousHooksPath', previous], root);
  git(['config', '--local', 'core.hooksPath', `${DIR}/_`], root);
  return { root, hooksPath: `${DIR}/_` };
}

function uninstall(cwd) {
  const root = repoRoot(cwd);
  if (!root) return { skipped: 'not a git work tree' };
  let previous = '';
  try { previous = git(['config', '--local', '--get', 'hookshed.previousHooksPath'], root); } catch {}
  if (previous) {
    git(['config', '--local', 'core.hooksPath', previous], root);
    git(['config', '--local', '--unset', 'hookshed.previousHooksPath'], root);
  } else {
    try { git(['config', '--local', '--unset', 'core.hooksPath'], root); } catch {}
  }
  fs.rmSync(path.join(root, DIR, '_'), { recursive: true, force: true });
  return { root, restored: previous || null };
}

function add(hook, command, cwd) {
  if (!HOOKS.includes(hook)) throw new Error(`unknown hook ${hook}; one of ${HOOKS.join(', ')}`);
  const root = repoRoot(cwd);
  if (!root) throw new Error('not a git work tree');
  const f = path.join(root, DIR, hook);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.appendFileSync(f, `${command}\n`);
  return f;
}

module.exports = { install, uninstall, add, HOOKS };
