'use strict';

const KEYWORDS = new Set(('select from where and or not in is null like between exists group by order having limit offset join left right inner outer full cross on as ' +
  'union all distinct insert into values update set delete create table alter drop index view with case when then else end asc desc returning').split(' '));
const BREAK_BEFORE = new Set(['select', 'from', 'where', 'group', 'order', 'having', 'limit', 'offset', 'union', 'returning', 'values', 'set',
  'join', 'left', 'right', 'inner', 'full', 'cross']);

function tokenize(sql) {
  const re = /\s+|--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\d+(?:\.\d+)?|[A-Za-z_][\w$]*|<>|!=|<=|>=|::|[(),;.*=<>+\-/%]/g;
  const out = [];
  let m;
  while ((m = re.exec(sql))) if (!/^\s+$/.test(m[0])) out.push(m[0]);
  return out;
}

function format(sql, { keywordCase = 'upper', indent = '  ' } = {}) {
  const toks = tokenize(sql);
  let depth = 0;
  let line = '';
  const lines = [];
  const push = () => { if (line.trim()) lines.push(indent.repeat(depth) + line.trim()); line = ''; };
  for (let i = 0; i < toks.length; i++) {
    let t = toks[i];
    const low = t.toLowerCase();
    if (KEYWORDS.has(low)) t = keywordCase === 'lower' ? low : low.toUpperCase();
    const prevLow = (toks[i - 1] || '').toLowerCase();
    if (BREAK_BEFORE.has(low) && !(low === 'join' && ['left', 'right', 'inner', 'full', 'cross', 'outer'].includes(prevLow))) push();
    if (t === '(') { line += '('; if (/^select$/i.test(toks[i + 1] || '')) { push(); depth++; } continue; }
    if (t === ')') { if (depth > 0 && /^\s*$/.test(line) === false && lines.length && line) { push(); depth--; line = ')'; continue; } line += ')'; continue; }
    if (t === ',') { line += ','; if (/^(select|group|order)$/i.test(lines[lines.length - 1]?.trim().split(' ')[0] || line.trim().split(' ')[0])) push(); continue; }
    if (t === ';') { line += ';'; push(); lines.push(''); continue; }
    if (t === '.' || prevLow === '.' || prevLow === '(' || t === '::' || prevLow === '::') line += t;
    else line += (line ? ' ' : '') + t;
  }
  push();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

const languages = [{ name: 'SQL', parsers: ['sqlfmt'], extensions: ['.sql'], vscodeLanguageIds: ['sql'] }];
const parsers = {
  sqlfmt: { parse: (text) => ({ type: 'sql', text }), astFormat: 'sqlfmt', locStart: () => 0, locEnd: (n) => n.text.length }
};
const printers = {
  sqlfmt: { print: (path, opts) => format(path.getValue().text, { keywordCase: opts.sqlKeywordCase }) }
};
const options = {
  sqlKeywordCase: { type: 'choice', category: 'SQL', default: 'upper', description: 'Keyword case', choices: [{ value: 'upper' }, { value: 'lower' }] }
};

module.exports = { languages, parsers, printers, options, format };
