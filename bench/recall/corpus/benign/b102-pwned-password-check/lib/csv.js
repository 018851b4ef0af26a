'use strict';

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
  return rows.filter((r) => r.some((x) => x !== ''));
}

const PW_COLS = ['login_password', 'password', 'Password'];
const USER_COLS = ['login_username', 'username', 'Username', 'login'];
const SITE_COLS = ['name', 'title', 'Title', 'url', 'login_uri', 'URL'];

function entries(text) {
  const [head, ...rows] = parseCsv(text);
  const idx = (cols) => head.findIndex((h) => cols.includes(h.trim()));
  const pi = idx(PW_COLS), ui = idx(USER_COLS), si = idx(SITE_COLS);
  if (pi < 0) throw new Error(`no password column found (looked for ${PW_COLS.join(', ')})`);
  return rows.map((r) => ({ site: r[si] || '?', user: r[ui] || '', password: r[pi] || '' })).filter((e) => e.password);
}

module.exports = { parseCsv, entries };
