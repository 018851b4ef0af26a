'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { execSync } = require('child_process');

const LOCKS = { npm: ['package-lock.json', 'npm-shrinkwrap.json'], pnpm: ['pnpm-lock.yaml'], yarn: ['yarn.lock'], bun: ['bun.lockb', 'bun.lock'] };

function detect(root = process.cwd()) {
  for (const [pm, files] of Object.entries(LOCKS)) if (files.some((f) => fs.existsSync(path.join(root, f)))) return pm;
  return 'npm';
}

function pmVersion(pm) {
  try { return execSync(`${pm} --version`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch (e) { return '0'; }
}

function key({ root = process.cwd(), pm = detect(root), prefix = 'deps' } = {}) {
  const h = crypto.createHash('sha256');
  for (const f of LOCKS[pm]) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) h.update(fs.readFileSync(p));
  }
  const rc = path.join(root, '.npmrc');
  if (fs.existsSync(rc)) h.update(fs.readFileSync(rc, 'utf8').replace(/_authToken=.*/g, ''));
  const node = process.versions.node.split('.')[0];
  const pmv = pmVersion(pm).split('.')[0];
  return `${prefix}-${os.platform()}-${os.arch()}-node${node}-${pm}${pmv}-${h.digest('hex').slice(0, 16)}`;
}

function paths({ root = process.cwd(), pm = detect(root) } = {}) {
  switch (pm) {
    case 'pnpm': {
      let store = '';
      try { store = execSync('pnpm store path', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch (e) {}
      return [store || path.join(os.homedir(), '.local/share/pnpm/store')];
    }
    case 'yarn': return [path.join(root, '.yarn/cache'), path.join(root, '.yarn/unplugged')];
    case 'bun': return [path.join(os.homedir(), '.bun/install/cache')];
    default: return [path.join(os.homedir(), '.npm/_cacache')];
  }
}

module.exports = { detect, key, paths };
