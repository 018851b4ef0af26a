'use strict';
const DEFAULT_TYPES = ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test'];
const HEADER = /^(?<type>[a-z]+)(?:\((?<scope>[^()\r\n]+)\))?(?<breaking>!)?: (?<subject>.+)$/;

function parse(message) {
  const lines = message.replace(/\r\n/g, '\n').split('\n').filter((l) => !l.startsWith('#'));
  const header = (lines[0] || '').trim();
  const m = HEADER.exec(header);
  const body = lines.slice(2).join('\n').trim();
  const footers = {};
  for (const l of body.split('\n')) {
    const f = /^([A-Za-z-]+|BREAKING CHANGE): (.+)$/.exec(l);
    if (f) footers[f[1]] = f[2];
  }
  return { header, ...(m ? m.groups : {}), body, footers, valid: Boolean(m) };
}

function lint(message, opts = {}) {
  const types = opts.types || DEFAULT_TYPES;
  const maxHeader = opts.maxHeaderLength || 100;
  const errors = [];
  const c = parse(message);
  if (/^(Merge|Revert|fixup!|squash!) /.test(c.header)) return { ok: true, errors, commit: c };
  if (!c.valid) errors.push('header must match "type(scope)?: subject"');
  else {
    if (!types.includes(c.type)) errors.push(`type "${c.type}" is not one of ${types.join(', ')}`);
    if (/[.]$/.test(c.subject)) errors.push('subject must not end with a period');
    if (/^[A-Z]/.test(c.subject) && !opts.allowCapitalSubject) errors.push('subject must start lower-case');
  }
  if (c.header.length > maxHeader) errors.push(`header is ${c.header.length} chars (max ${maxHeader})`);
  return { ok: errors.length === 0, errors, commit: c };
}

module.exports = { parse, lint, DEFAULT_TYPES };
