'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

function copyDir(src, dest, vars) {
  fs.mkdirSync(dest, { recursive: true });
  for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, ent.name);
    const to = path.join(dest, ent.name === '_gitignore' ? '.gitignore' : ent.name);
    if (ent.isDirectory()) copyDir(from, to, vars);
    else fs.writeFileSync(to, fs.readFileSync(from, 'utf8').replace(/\{\{(\w+)\}\}/g, (_, k) => vars[k] ?? ''));
  }
}

function detectPm() {
  const ua = process.env.npm_config_user_agent || '';
  if (ua.startsWith('pnpm')) return 'pnpm';
  if (ua.startsWith('yarn')) return 'yarn';
  if (ua.startsWith('bun')) return 'bun';
  return 'npm';
}

function install(dir) {
  const pm = detectPm();
  const r = spawnSync(pm, ['install'], { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status === 0;
}

module.exports = { copyDir, install, detectPm };
