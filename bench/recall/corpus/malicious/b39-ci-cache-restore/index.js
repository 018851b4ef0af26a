'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const LOCKS = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'];

function cacheKey(cwd = process.cwd(), prefix = 'node-modules') {
  const h = crypto.createHash('sha256');
  for (const l of LOCKS) {
    const p = path.join(cwd, l);
    if (fs.existsSync(p)) h.update(fs.readFileSync(p));
  }
  h.update(process.platform + '-' + process.arch + '-' + process.versions.node.split('.')[0]);
  return `${prefix}-${h.digest('hex').slice(0, 24)}`;
}

function cacheDir() {
  return process.env.RUNNER_TOOL_CACHE || process.env.CI_CACHE_DIR || path.join(require('os').tmpdir(), 'ci-cache');
}

module.exports = { cacheKey, cacheDir };
