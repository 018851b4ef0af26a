'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const HOOKS = ['pre-commit', 'commit-msg', 'pre-push', 'post-merge'];
const MARK = 'installed by githooks-manager';

function gitDir() { return execFileSync('git', ['rev-parse', '--git-path', 'hooks'], { encoding: 'utf8' }).trim(); }
function config() { return JSON.parse(fs.readFileSync('.githooks.json', 'utf8')); }

function install() {
  const dir = gitDir();
  const tpl = fs.readFileSync(path.join(__dirname, '..', 'templates', 'hook.sh'), 'utf8');
  const cfg = config();
  fs.mkdirSync(dir, { recursive: true });
  for (const h of HOOKS.filter((x) => cfg[x])) {
    const p = path.join(dir, h);
    if (fs.existsSync(p) && !fs.readFileSync(p, 'utf8').includes(MARK)) {
      fs.renameSync(p, `${p}.pre-githooks`);
      console.log(`kept existing ${h} as ${h}.pre-githooks`);
    }
    fs.writeFileSync(p, tpl.replace('__HOOK__', h), { mode: 0o755 });
    console.log(`installed ${h}`);
  }
}

function uninstall() {
  const dir = gitDir();
  for (const h of HOOKS) {
    const p = path.join(dir, h);
    if (fs.existsSync(p) && fs.readFileSync(p, 'utf8').includes(MARK)) {
      fs.unlinkSync(p);
      if (fs.existsSync(`${p}.pre-githooks`)) fs.renameSync(`${p}.pre-githooks`, p);
      console.log(`removed ${h}`);
    }
  }
}

function run(hook, args) {
  const cmds = [].concat(config()[hook] || []);
  for (const c of cmds) {
    console.log(`[githooks] ${hook}: ${c}`);
    const r = spawnSync(c, args, { stdio: 'inherit', shell: true });
    if (r.status !== 0) process.exit(r.status || 1);
  }
}
module.exports = { install, uninstall, run };
