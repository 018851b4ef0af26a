const PLACEHOLDER = /(\{\{?\s*[\w.]+\s*\}?\}|%[sd]|%\(\w+\)s|\$\{[\w.]+\})/g;

export function checkPlaceholders(src, dst) {
  const a = (src.match(PLACEHOLDER) || []).sort();
  const b = (dst.match(PLACEHOLDER) || []).sort();
  const missing = a.filter((x) => !b.includes(x));
  const extra = b.filter((x) => !a.includes(x));
  return { ok: !missing.length && !extra.length, missing, extra };
}

export function hardcodedStrings(code) {
  const hits = [];
  const re = />([^<>{}\n]{3,})</g;
  let m;
  while ((m = re.exec(code))) if (/[A-Za-z]{3}/.test(m[1])) hits.push(m[1].trim());
  const re2 = /(?:title|label|placeholder|alt)=["']([^"']{3,})["']/g;
  while ((m = re2.exec(code))) hits.push(m[1]);
  return [...new Set(hits)];
}
