'use strict';

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

function unquote(raw) {
  if (raw === undefined) return '';
  let v = raw.trim();
  const q = v[0];
  if ((q === '"' || q === "'" || q === '`') && v.endsWith(q)) {
    v = v.slice(1, -1);
    if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    return v;
  }
  const hash = v.indexOf(' #');
  return hash === -1 ? v : v.slice(0, hash).trim();
}

function parse(src) {
  const out = {};
  for (const line of String(src).split(/\r?\n/)) {
    if (!line || line.trimStart().startsWith('#')) continue;
    const m = LINE.exec(line);
    if (m) out[m[1]] = unquote(m[2]);
  }
  return out;
}

module.exports = { parse };
