'use strict';
const TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert'];
const RE = /^(\w+)(\([\w\-./ ]+\))?(!)?: (.+)$/;

function lint(message) {
  const errors = [];
  const [header = ''] = String(message).split('\n');
  const m = RE.exec(header);
  if (!m) return ['header must look like "type(scope): subject"'];
  if (!TYPES.includes(m[1])) errors.push(`type "${m[1]}" must be one of ${TYPES.join(', ')}`);
  if (header.length > 100) errors.push('header longer than 100 characters');
  if (/\.$/.test(m[4])) errors.push('subject must not end with a period');
  if (/^[A-Z]/.test(m[4])) errors.push('subject must start lower-case');
  return errors;
}

module.exports = { lint, TYPES };
