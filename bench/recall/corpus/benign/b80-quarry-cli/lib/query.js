'use strict';
const fs = require('fs');

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') q = false;
      else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, isNaN(r[i]) || r[i] === '' ? r[i] : Number(r[i])])));
}

function load(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.csv')) return parseCsv(text);
  if (file.endsWith('.ndjson') || file.endsWith('.jsonl')) return text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const j = JSON.parse(text);
  return Array.isArray(j) ? j : [j];
}

const RE = /^select\s+(.+?)(?:\s+where\s+(.+?))?(?:\s+order\s+by\s+(\w+)(?:\s+(asc|desc))?)?(?:\s+limit\s+(\d+))?\s*$/i;

function compileWhere(expr) {
  if (!expr) return () => true;
  const clauses = expr.split(/\s+and\s+/i).map((c) => {
    const m = /^(\w+)\s*(=|!=|>=|<=|>|<|~)\s*(.+)$/.exec(c.trim());
    if (!m) throw new Error(`cannot parse condition: ${c}`);
    const [, col, op, rawVal] = m;
    const val = /^".*"$|^'.*'$/.test(rawVal) ? rawVal.slice(1, -1) : Number(rawVal);
    return (r) => {
      const v = r[col];
      switch (op) {
        case '=': return v == val; case '!=': return v != val; case '>': return v > val; case '<': return v < val;
        case '>=': return v >= val; case '<=': return v <= val; case '~': return String(v).includes(String(val));
      }
      return false;
    };
  });
  return (r) => clauses.every((f) => f(r));
}

function run(sql, file) {
  const m = RE.exec(sql.trim());
  if (!m) throw new Error('expected: select <cols|*> [where ...] [order by col [asc|desc]] [limit n]');
  const [, cols, where, orderBy, dir, limit] = m;
  let rows = load(file).filter(compileWhere(where));
  if (orderBy) rows.sort((a, b) => (a[orderBy] > b[orderBy] ? 1 : a[orderBy] < b[orderBy] ? -1 : 0) * (/desc/i.test(dir || '') ? -1 : 1));
  if (limit) rows = rows.slice(0, Number(limit));
  if (cols.trim() !== '*') {
    const pick = cols.split(',').map((c) => c.trim());
    rows = rows.map((r) => Object.fromEntries(pick.map((c) => [c, r[c]])));
  }
  return rows;
}

module.exports = { run, load, parseCsv };
