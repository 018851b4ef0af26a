'use strict';
const fs = require('node:fs');

const TYPES = ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test'];
const RE = new RegExp(`^(${TYPES.join('|')})(\\([\\w./-]+\\))?!?: .{1,}`);

module.exports = function conventional([msgFile]) {
  const first = fs.readFileSync(msgFile, 'utf8').split('\n').find((l) => l.trim() && !l.startsWith('#')) || '';
  if (/^(Merge|Revert|fixup!|squash!) /.test(first)) return 0;
  if (RE.test(first) && first.length <= 100) return 0;
  console.error(`gitpatrol: commit message must follow Conventional Commits, e.g. "feat(api): add pagination"\n  got: ${first}`);
  return 1;
};
