'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const HOOKS = ['pre-commit', 'commit-msg', 'pre-push', 'post-commit'];
const MARK = '# managed by git-hooks-lite';

function gitDir(cwd) {
  try {
    return path.resolve(cwd, execFileSync('git', ['rev-parse', '--git-common-dir'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim());
  } catch { return null; }
}

function projectRoot() {
  return process.env.INIT_CWD || process.cwd();
}

function install({ quiet } = {}) {
  const root = projectRoot();
  const gd = gitDir(root);
  if (!gd) { if (!quiet) console.log('git-hooks-lite: not a git repository, skipping'); return; }
  const dir = path.join(gd, 'hooks');
  fs.mkdirSync(dir, { recursive: true });
  const runner = path.join(__dirname, '..', 'bin', 'cli.js');
  for (const h of HOOKS) {
    const p = path.join(dir, h);
    if (fs.existsSync(p) && !fs.readFileSync(p, 'utf8').includes(MARK)) continue;
    fs.writeFileSync(p, `#!/bin/sh\n${MARK}\n[ -n "$GIT_HOOKS_LITE_SKIP" ] && exit 0\nexec node "${runner}" run ${h} "$@"\n`, { mode: 0o755 });
  }
  if (!quiet) console.log(`git-hooks-lite: installed ${HOOKS.length} hooks`);
}

function uninstall() {
  const gd = gitDir(projectRoot());
  if (!gd) return;
  for (const h of HOOKS) {
    const p = path.join(gd, 'hooks', h);
    try { if (fs.readFileSync(p, 'utf8').includes(MARK)) fs.unlinkSync(p); } catch {}
  }
}

function readConfig(root) {
  try { return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))['git-hooks-lite'] || {}; } catch { return {}; }
}

async function run(hook, args) {
  const root = execFileSync('git', ['rev-parse', '--show-toplevel']).toString().trim();
  const cfg = readConfig(root);
  if (hook === 'post-commit') {
    require('../hooks/post-commit')(root, cfg);
    return 0;
  }
  const cmd = cfg[hook] || (hook === 'pre-push' ? 'npm test' : hook === 'commit-msg' ? null : 'npx --no lint-staged');
  if (hook === 'commit-msg') {
    const msg = fs.readFileSync(args[0], 'utf8');
    if (!/^(feat|fix|docs|chore|refactor|test|perf|build|ci)(\(.+\))?!?: .{3,}/.test(msg)) {
      console.error('commit message must follow Conventional Commits');
      return 1;
    }
    return 0;
  }
  if (!cmd) return 0;
  return spawnSync(cmd, { cwd: root, stdio: 'inherit', shell: true }).status || 0;
}

module.exports = { install, uninstall, run };
