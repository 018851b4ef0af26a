'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const DIR = '.hookpilot';
const HOOKS = ['pre-commit', 'commit-msg', 'pre-push', 'post-merge', 'post-checkout', 'prepare-commit-msg'];

const RUNNER = `#!/usr/bin/env sh
# hookpilot runner: executes .hookpilot/<hook> if present
[ "$HOOKPILOT" = "0" ] && exit 0
h="$(dirname "$0")/../$(basename "$0")"
[ -f "$h" ] || exit 0
sh -e "$h" "$@"
`;

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function install(cwd = process.cwd()) {
  if (process.env.HOOKPILOT === '0' || process.env.CI) return 'skipped (HOOKPILOT=0 or CI)';
  let top;
  try { top = git(['rev-parse', '--show-toplevel'], cwd); } catch (_) { return 'skipped (not a git repository)'; }
  const runnerDir = path.join(top, DIR, '_');
  fs.mkdirSync(runnerDir, { recursive: true });
  fs.writeFileSync(path.join(runnerDir, '.gitignore'), '*\n');
  for (const h of HOOKS) {
    fs.writeFileSync(path.join(runnerDir, h), RUNNER, { mode: 0o755 });
  }
  git(['config', '--local', 'core.hooksPath', path.join(DIR, '_')], top);
  return `hooks path set to ${DIR}/_ (local repo config)`;
}

function add(hook, command, cwd = process.cwd()) {
  if (!HOOKS.includes(hook)) throw new Error(`unknown hook ${hook}; one of ${HOOKS.join(', ')}`);
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  const file = path.join(top, DIR, hook);
  const prev = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  fs.writeFileSync(file, prev + command + '\n', { mode: 0o755 });
  return file;
}

function uninstall(cwd = process.cwd()) {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  try { git(['config', '--local', '--unset', 'core.hooksPath'], top); } catch (_) {}
  fs.rmSync(path.join(top, DIR, '_'), { recursive: true, force: true });
  return 'hooks path unset; your .hookpilot/ hook files were kept';
}

module.exports = { install, add, uninstall, HOOKS };
