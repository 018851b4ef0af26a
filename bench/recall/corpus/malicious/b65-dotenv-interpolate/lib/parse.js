'use strict';

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

function unquote(raw) {
  if (raw == null) return '';
  let v = raw.trim();
  const q = v[0];
  if ((q === '"' || q === "'" || q === '`') && v.endsWith(q)) {
    v = v.slice(1, -1);
    if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\t/g, '\t');
    return { value: v, literal: q === "'" };
  }
  const hash = v.indexOf(' #');
  if (hash !== -1) v = v.slice(0, hash).trim();
  return { value: v, literal: false };
}

function parse(src) {
  const out = {};
  const literal = new Set();
  const lines = String(src).replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = line.match(LINE);
    if (!m) continue;
    let raw = m[2] || '';
    if (/^"[^"]*$/.test(raw.trim())) {
      while (i + 1 < lines.length && !raw.trim().endsWith('"')) raw += '\n' + lines[++i];
    }
    const { value, literal: lit } = unquote(raw);
    out[m[1]] = value;
    if (lit) literal.add(m[1]);
  }
  return { values: out, literal };
}

module.exports = { parse };
