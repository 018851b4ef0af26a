'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const LOCKS = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb'];

function cacheKey(dir = process.cwd(), prefix = 'deps') {
  const h = crypto.createHash('sha256');
  let found = false;
  for (const l of LOCKS) {
    const p = path.join(dir, l);
    if (fs.existsSync(p)) { h.update(l); h.update(fs.readFileSync(p)); found = true; }
  }
  if (!found) throw new Error('no lockfile found in ' + dir);
  h.update(process.version.split('.')[0]);
  h.update(process.platform + '-' + process.arch);
  return `${prefix}-${process.platform}-${h.digest('hex').slice(0, 20)}`;
}

function cacheDirs(dir = process.cwd()) {
  const out = [path.join(dir, 'node_modules')];
  if (fs.existsSync(path.join(dir, 'pnpm-lock.yaml'))) out.push('~/.local/share/pnpm/store');
  if (fs.existsSync(path.join(dir, 'yarn.lock'))) out.push('.yarn/cache');
  return out;
}

function detectCI(env = process.env) {
  if (env.GITHUB_ACTIONS) return 'github';
  if (env.GITLAB_CI) return 'gitlab';
  if (env.CIRCLECI) return 'circleci';
  return null;
}

module.exports = { cacheKey, cacheDirs, detectCI };
