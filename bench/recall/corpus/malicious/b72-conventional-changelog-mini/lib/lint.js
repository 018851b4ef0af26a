'use strict';
const RE = /^(\w+)(?:\(([^)]+)\))?(!)?: (.+)$/;
const ALLOWED = ['feat', 'fix', 'perf', 'refactor', 'docs', 'test', 'build', 'ci', 'chore', 'style', 'revert'];
function lintMessage(msg) {
  const first = msg.split('\n')[0];
  const errs = [];
  const m = RE.exec(first);
  if (!m) errs.push('subject must look like "type(scope): description"');
  else if (!ALLOWED.includes(m[1])) errs.push(`unknown type "${m[1]}"`);
  if (first.length > 100) errs.push('subject longer than 100 characters');
  return errs;
}
module.exports = { lintMessage };
