'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const KNOWN = new Set([
  'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-commit', 'prepare-commit-msg',
  'commit-msg', 'post-commit', 'pre-rebase', 'post-checkout', 'post-merge', 'pre-push', 'post-rewrite',
]);
const MARK = '# managed by hookshelf';

function repoRoot(cwd) {
  return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
}

function hooksDir(cwd) {
  const p = execFileSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd, encoding: 'utf8' }).trim();
  return path.resolve(cwd, p);
}

function readConfig(root) {
  const file = path.join(root, '.hookshelf.json');
  if (!fs.existsSync(file)) throw new Error('.hookshelf.json not found in repository root');
  const cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
  const hooks = cfg.hooks || {};
  for (const name of Object.keys(hooks)) {
    if (!KNOWN.has(name)) throw new Error(`unknown hook "${name}"`);
    if (typeof hooks[name] !== 'string' || !hooks[name].trim()) throw new Error(`hook "${name}" must be a command string`);
  }
  return hooks;
}

function shim(name, command) {
  return `#!/bin/sh\n${MARK}\n# hook: ${name}\n# source: .hookshelf.json\n[ "$HOOKSHELF_SKIP" = "1" ] && exit 0\n${command}\n`;
}

function install(cwd = process.cwd()) {
  const root = repoRoot(cwd);
  const dir = hooksDir(cwd);
  const hooks = readConfig(root);
  fs.mkdirSync(dir, { recursive: true });
  const written = [];
  for (const [name, command] of Object.entries(hooks)) {
    const dest = path.join(dir, name);
    if (fs.existsSync(dest) && !fs.readFileSync(dest, 'utf8').includes(MARK)) {
      fs.renameSync(dest, `${dest}.hookshelf-backup`);
    }
    fs.writeFileSync(dest, shim(name, command), { mode: 0o755 });
    written.push({ name, command });
  }
  return { dir, written };
}

function uninstall(cwd = process.cwd()) {
  const dir = hooksDir(cwd);
  const removed = [];
  if (!fs.existsSync(dir)) return removed;
  for (const f of fs.readdirSync(dir)) {
    const p = path.join(dir, f);
    if (KNOWN.has(f) && fs.readFileSync(p, 'utf8').includes(MARK)) {
      fs.unlinkSync(p);
      if (fs.existsSync(`${p}.hookshelf-backup`)) fs.renameSync(`${p}.hookshelf-backup`, p);
      removed.push(f);
    }
  }
  return removed;
}

function list(cwd = process.cwd()) {
  const dir = hooksDir(cwd);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => KNOWN.has(f)).map((f) => ({
    name: f,
    managed: fs.readFileSync(path.join(dir, f), 'utf8').includes(MARK),
  }));
}

module.exports = { install, uninstall, list };
