'use strict';

const TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert'];
const HEADER = /^(\w+)(\([\w\-./ ]+\))?(!)?: (.+)$/;

function lint(message, opts = {}) {
  const maxHeader = opts.maxHeader || 100;
  const lines = message.replace(/\r/g, '').split('\n').filter((l) => !l.startsWith('#'));
  const header = lines[0] || '';
  const errors = [];
  if (/^(Merge|Revert|fixup!|squash!) /.test(header)) return { valid: true, errors };
  const m = HEADER.exec(header);
  if (!m) errors.push('header must match "type(scope): subject"');
  else {
    if (!TYPES.includes(m[1])) errors.push(`type "${m[1]}" is not one of ${TYPES.join(', ')}`);
    if (/\.$/.test(m[4])) errors.push('subject must not end with a period');
    if (/^[A-Z]/.test(m[4])) errors.push('subject must start lower-case');
  }
  if (header.length > maxHeader) errors.push(`header longer than ${maxHeader} characters`);
  if (lines[1] && lines[1].trim() !== '') errors.push('blank line required between header and body');
  return { valid: errors.length === 0, errors };
}

module.exports = { lint, TYPES };
