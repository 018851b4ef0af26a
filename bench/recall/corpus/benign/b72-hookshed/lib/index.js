'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const HOOKS = ['applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-commit', 'prepare-commit-msg', 'commit-msg',
  'post-commit', 'pre-rebase', 'post-checkout', 'post-merge', 'pre-push', 'post-rewrite'];
const MARK = '# hookshed';

function gitRoot(cwd) {
  try { return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; }
}

function hooksDir(root) {
  const p = execFileSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd: root, encoding: 'utf8' }).trim();
  return path.resolve(root, p);
}

function readConfig(root) {
  const file = path.join(root, '.hookshed.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  try { return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).hookshed || null; } catch { return null; }
}

function hookScript(name) {
  return `#!/bin/sh
${MARK} — managed hook, edit .hookshed.json instead
[ "$HOOKSHED" = "0" ] && exit 0
command -v node >/dev/null 2>&1 || { echo "hookshed: node not found, skipping ${name}" >&2; exit 0; }
exec node "$(git rev-parse --show-toplevel)/node_modules/hookshed/bin/hookshed.js" run ${name} "$@"
`;
}

function install(root, { log = console.log } = {}) {
  const cfg = readConfig(root);
  if (!cfg) { log('hookshed: no config found (.hookshed.json or package.json "hookshed"), nothing to install'); return []; }
  const dir = hooksDir(root);
  fs.mkdirSync(dir, { recursive: true });
  const done = [];
  for (const name of Object.keys(cfg)) {
    if (!HOOKS.includes(name)) { log(`hookshed: ignoring unknown hook "${name}"`); continue; }
    const dest = path.join(dir, name);
    if (fs.existsSync(dest) && !fs.readFileSync(dest, 'utf8').includes(MARK)) {
      fs.renameSync(dest, dest + '.pre-hookshed');
      log(`hookshed: existing ${name} hook saved as ${name}.pre-hookshed`);
    }
    fs.writeFileSync(dest, hookScript(name), { mode: 0o755 });
    done.push(name);
  }
  return done;
}

function uninstall(root) {
  const dir = hooksDir(root);
  for (const name of HOOKS) {
    const p = path.join(dir, name);
    if (fs.existsSync(p) && fs.readFileSync(p, 'utf8').includes(MARK)) {
      fs.rmSync(p);
      if (fs.existsSync(p + '.pre-hookshed')) fs.renameSync(p + '.pre-hookshed', p);
    }
  }
}

function run(root, name, args) {
  const cfg = readConfig(root) || {};
  const cmds = [].concat(cfg[name] || []);
  for (const cmd of cmds) {
    process.stderr.write(`hookshed ${name} › ${cmd}\n`);
    const r = spawnSync(cmd, { cwd: root, shell: true, stdio: 'inherit', env: { ...process.env, HOOKSHED_HOOK: name, HOOKSHED_ARGS: args.join(' ') } });
    if (r.status !== 0) return r.status || 1;
  }
  return 0;
}

module.exports = { install, uninstall, run, gitRoot, HOOKS };
