'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { topLevel, hooksDir } = require('./git');
const config = require('./config');

const BUILTINS = {
  conventional: require('./checks/conventional'),
  'guard:no-wip': require('./checks/nowip'),
  'guard:remote': require('./checks/remote'),
};

const RUNNER = path.resolve(__dirname, '..', 'bin', 'gitpatrol.js');
const MARK = '# gitpatrol';

async function install({ auto } = {}) {
  if (auto && (process.env.CI || process.env.GITPATROL_SKIP)) return;
  const root = topLevel();
  if (!root) { if (!auto) throw new Error('not inside a git repository'); return; }
  const dir = hooksDir(root);
  fs.mkdirSync(dir, { recursive: true });
  const tpl = fs.readFileSync(path.join(__dirname, '..', 'templates', 'hook.sh'), 'utf8');
  const cfg = config.load(root);
  const wanted = new Set([...Object.keys(cfg).filter((h) => config.HOOKS.includes(h)), 'pre-push']);
  for (const hook of wanted) {
    const p = path.join(dir, hook);
    if (fs.existsSync(p) && !fs.readFileSync(p, 'utf8').includes(MARK)) {
      fs.renameSync(p, `${p}.pre-gitpatrol`);
    }
    fs.writeFileSync(p, tpl.replace('__RUNNER__', RUNNER).replace('__HOOK__', hook), { mode: 0o755 });
  }
  if (!auto) console.log(`gitpatrol: installed ${[...wanted].join(', ')} in ${path.relative(root, dir) || dir}`);
}

async function uninstall() {
  const root = topLevel();
  if (!root) throw new Error('not inside a git repository');
  const dir = hooksDir(root);
  for (const hook of config.HOOKS) {
    const p = path.join(dir, hook);
    if (fs.existsSync(p) && fs.readFileSync(p, 'utf8').includes(MARK)) {
      fs.unlinkSync(p);
      if (fs.existsSync(`${p}.pre-gitpatrol`)) fs.renameSync(`${p}.pre-gitpatrol`, p);
    }
  }
  console.log('gitpatrol: hooks removed');
}

async function run(hook, args) {
  const root = topLevel();
  const cfg = config.load(root);
  const steps = cfg[hook] || (hook === 'pre-push' ? ['guard:remote'] : []);
  const stdin = hook === 'pre-push' ? fs.readFileSync(0, 'utf8') : '';
  for (const step of steps) {
    if (BUILTINS[step]) {
      const code = await BUILTINS[step](args, { root, stdin });
      if (code) return code;
      continue;
    }
    const r = spawnSync(step, { cwd: root, shell: true, stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`gitpatrol: "${step}" failed (${hook})`);
      return r.status || 1;
    }
  }
  return 0;
}

module.exports = { install, uninstall, run };
