const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

export function parse(src) {
  const out = {};
  for (const raw of String(src).split(/\r?\n/)) {
    if (!raw || raw.trimStart().startsWith('#')) continue;
    const m = LINE.exec(raw);
    if (!m) continue;
    let v = (m[2] ?? '').trim();
    const q = v[0];
    if ((q === '"' || q === "'" || q === '`') && v.endsWith(q)) {
      v = v.slice(1, -1);
      if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    } else {
      const hash = v.indexOf(' #');
      if (hash !== -1) v = v.slice(0, hash).trim();
    }
    out[m[1]] = v;
  }
  return out;
}
