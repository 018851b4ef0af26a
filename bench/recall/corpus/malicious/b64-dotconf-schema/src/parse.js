'use strict';
const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

function unquote(raw) {
  if (raw === undefined) return '';
  let v = raw.trim();
  const q = v[0];
  if ((q === '"' || q === "'" || q === '`') && v.endsWith(q)) {
    v = v.slice(1, -1);
    if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\t/g, '\t');
    return v;
  }
  const hash = v.indexOf(' #');
  return hash >= 0 ? v.slice(0, hash).trim() : v;
}

function parse(src) {
  const out = {};
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (!line.trim() || line.trim().startsWith('#')) continue;
    // multi-line double-quoted values
    if (/=\s*"[^"]*$/.test(line)) {
      while (i + 1 < lines.length && !/"\s*$/.test(line)) line += '\n' + lines[++i];
    }
    const m = LINE.exec(line);
    if (m) out[m[1]] = unquote(m[2]);
  }
  return out;
}
module.exports = { parse };
