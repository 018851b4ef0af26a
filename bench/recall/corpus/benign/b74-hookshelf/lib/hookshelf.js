'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const DIR = '.hookshelf';
const HOOKS = new Set(['applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit', 'pre-rebase', 'post-checkout', 'post-merge', 'pre-push', 'post-rewrite']);

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function root(cwd = process.cwd()) {
  return git(['rev-parse', '--show-toplevel'], cwd);
}

function header(hook) {
  return `#!/bin/sh
# hookshelf: ${hook}
[ "$HOOKSHELF" = "0" ] && exit 0
set -e
`;
}

function init(cwd) {
  const r = root(cwd);
  const d = path.join(r, DIR);
  fs.mkdirSync(d, { recursive: true });
  const pc = path.join(d, 'pre-commit');
  if (!fs.existsSync(pc)) fs.writeFileSync(pc, header('pre-commit') + 'npm run --if-present lint\n', { mode: 0o755 });
  return d;
}

function add(hook, command, cwd) {
  if (!HOOKS.has(hook)) throw new Error(`unknown hook "${hook}"`);
  const d = init(cwd);
  const f = path.join(d, hook);
  if (!fs.existsSync(f)) fs.writeFileSync(f, header(hook), { mode: 0o755 });
  fs.appendFileSync(f, `${command}\n`);
  fs.chmodSync(f, 0o755);
  return f;
}

function install(cwd, { ifGit = false } = {}) {
  if (process.env.HOOKSHELF === '0') return 'skipped (HOOKSHELF=0)';
  let r;
  try { r = root(cwd); } catch (e) { if (ifGit) return 'skipped (not a git repository)'; throw e; }
  if (!fs.existsSync(path.join(r, DIR))) { if (ifGit) return `skipped (no ${DIR}/)`; throw new Error(`no ${DIR}/ directory; run "hookshelf init"`); }
  const current = (() => { try { return git(['config', '--local', '--get', 'core.hooksPath'], r); } catch { return ''; } })();
  if (current && current !== DIR) throw new Error(`core.hooksPath is already "${current}"; refusing to override another hooks manager`);
  git(['config', '--local', 'core.hooksPath', DIR], r);
  for (const f of fs.readdirSync(path.join(r, DIR))) if (HOOKS.has(f)) fs.chmodSync(path.join(r, DIR, f), 0o755);
  return `installed (core.hooksPath=${DIR})`;
}

function uninstall(cwd) {
  const r = root(cwd);
  try { git(['config', '--local', '--unset', 'core.hooksPath'], r); } catch { /* not set */ }
  return 'uninstalled';
}

module.exports = { init, add, install, uninstall, HOOKS };
