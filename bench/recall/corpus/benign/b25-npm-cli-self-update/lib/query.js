'use strict';

function tokenize(path) {
  const toks = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[\]|\["([^"]+)"\]/g;
  let m;
  if (path === '.') return toks;
  while ((m = re.exec(path))) {
    if (m[1] !== undefined) toks.push({ key: m[1] });
    else if (m[2] !== undefined) toks.push({ index: Number(m[2]) });
    else if (m[3] !== undefined) toks.push({ key: m[3] });
    else toks.push({ each: true });
  }
  return toks;
}

function query(data, path) {
  let cur = [data];
  for (const t of tokenize(path)) {
    const next = [];
    for (const v of cur) {
      if (v == null) continue;
      if (t.each) { if (Array.isArray(v)) next.push(...v); else next.push(...Object.values(v)); }
      else if (t.index !== undefined) next.push(v[t.index]);
      else next.push(v[t.key]);
    }
    cur = next;
  }
  return cur.length === 1 ? cur[0] : cur;
}

module.exports = { query, tokenize };
