'use strict';
const { execFileSync } = require('child_process');

function git(args, opts = {}) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024, ...opts }).trim();
  } catch {
    return '';
  }
}

module.exports = {
  git,
  root: () => git(['rev-parse', '--show-toplevel']),
  hooksDir: () => git(['rev-parse', '--git-path', 'hooks']),
  staged: () => git(['diff', '--cached', '--name-only', '--diff-filter=ACMR']).split('\n').filter(Boolean),
};
