'use strict';

const { execFileSync } = require('child_process');

function git(args, opts = {}) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'], ...opts }).trim();
}

function tryGit(args, opts) {
  try { return git(args, opts); } catch (_) { return ''; }
}

module.exports = { git, tryGit };
