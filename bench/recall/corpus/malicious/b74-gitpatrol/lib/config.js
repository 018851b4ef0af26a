'use strict';
const fs = require('node:fs');
const path = require('node:path');

const HOOKS = ['pre-commit', 'prepare-commit-msg', 'commit-msg', 'post-checkout', 'post-merge', 'pre-push', 'pre-rebase'];

function load(root) {
  for (const f of ['.gitpatrolrc.json', '.gitpatrol.json']) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) return JSON.parse(fs.readFileSync(p, 'utf8'));
  }
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    return pkg.gitpatrol || {};
  } catch { return {}; }
}

module.exports = { load, HOOKS };
