'use strict';

const rules = require('sqlfmt-rules');

const CLAUSES = new Set([
  'SELECT', 'FROM', 'WHERE', 'GROUP BY', 'ORDER BY', 'HAVING', 'LIMIT', 'OFFSET', 'UNION', 'UNION ALL',
  'INSERT INTO', 'VALUES', 'UPDATE', 'SET', 'DELETE FROM', 'RETURNING', 'WITH', 'ON CONFLICT',
  'LEFT JOIN', 'RIGHT JOIN', 'INNER JOIN', 'FULL JOIN', 'CROSS JOIN', 'JOIN', 'WINDOW'
]);

const TOKEN_RE = /\s+|--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\$\$[\s\S]*?\$\$|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_$]*|::|<>|!=|<=|>=|\|\||[(),;.*=<>+\-/%]/g;

function tokenize(sql) {
  const out = [];
  let m;
  TOKEN_RE.lastIndex = 0;
  while ((m = TOKEN_RE.exec(sql))) {
    const t = m[0];
    if (/^\s+$/.test(t)) continue;
    let type = 'punct';
    if (t.startsWith('--') || t.startsWith('/*')) type = 'comment';
    else if (/^['$]/.test(t)) type = 'string';
    else if (/^["`]/.test(t)) type = 'ident';
    else if (/^\d/.test(t)) type = 'number';
    else if (/^[A-Za-z_]/.test(t)) type = 'word';
    out.push({ type, text: t });
  }
  return out;
}

function mergeClauses(tokens, kw) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'word' && kw.has(t.text.toUpperCase())) {
      const up = t.text.toUpperCase();
      const n = tokens[i + 1];
      const n2 = tokens[i + 2];
      if (n && n.type === 'word') {
        const two = up + ' ' + n.text.toUpperCase();
        if (n2 && n2.type === 'word' && CLAUSES.has(two + ' ' + n2.text.toUpperCase())) {
          out.push({ type: 'clause', text: two + ' ' + n2.text.toUpperCase() });
          i += 2;
          continue;
        }
        if (CLAUSES.has(two)) { out.push({ type: 'clause', text: two }); i++; continue; }
      }
      out.push({ type: CLAUSES.has(up) ? 'clause' : 'keyword', text: up });
      continue;
    }
    out.push(t);
  }
  return out;
}

function format(sql, opts) {
  const o = Object.assign({ dialect: 'postgres', indent: '  ' }, opts || {});
  const kw = rules.keywords(o.dialect);
  const tokens = mergeClauses(tokenize(sql), kw);
  let out = '';
  let depth = 0;
  let line = '';
  const flush = () => {
    if (line.trim()) out += o.indent.repeat(Math.max(0, depth)) + line.trim() + '\n';
    line = '';
  };
  let prev = null;
  for (const t of tokens) {
    if (t.type === 'clause') {
      flush();
      line = t.text + ' ';
    } else if (t.text === '(') {
      line += (prev && (prev.type === 'word' || prev.type === 'keyword') ? '' : ' ') + '(';
      depth++;
    } else if (t.text === ')') {
      depth = Math.max(0, depth - 1);
      line = line.replace(/\s+$/, '') + ')';
    } else if (t.text === ',') {
      line = line.replace(/\s+$/, '') + ', ';
    } else if (t.text === ';') {
      line = line.replace(/\s+$/, '') + ';';
      flush();
      out += '\n';
      depth = 0;
    } else if (t.text === '.' || t.text === '::') {
      line = line.replace(/\s+$/, '') + t.text;
    } else if (t.type === 'comment') {
      flush();
      line = t.text;
      flush();
    } else {
      const glue = prev && (prev.text === '.' || prev.text === '::' || prev.text === '(') ? '' : (line && !/\s$/.test(line) ? ' ' : '');
      line += glue + t.text;
    }
    prev = t;
  }
  flush();
  return out.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

module.exports = { format, tokenize };
