'use strict';

const tok = (s) => (s || '').toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];

function bm25(query, docs, k1 = 1.2, b = 0.75) {
  const q = [...new Set(tok(query))];
  const toks = docs.map((d) => tok(`${d.title} ${d.description}`));
  const avg = toks.reduce((s, t) => s + t.length, 0) / Math.max(1, toks.length);
  const df = Object.fromEntries(q.map((t) => [t, toks.filter((d) => d.includes(t)).length]));
  return docs.map((d, i) => {
    const tf = {};
    for (const t of toks[i]) tf[t] = (tf[t] || 0) + 1;
    let s = 0;
    for (const t of q) {
      if (!tf[t]) continue;
      const idf = Math.log(1 + (docs.length - df[t] + 0.5) / (df[t] + 0.5));
      s += idf * ((tf[t] * (k1 + 1)) / (tf[t] + k1 * (1 - b + (b * toks[i].length) / avg)));
    }
    return { ...d, score: s + 0.15 * (docs.length - i) / docs.length };
  }).sort((a, b2) => b2.score - a.score);
}

function dedupe(results) {
  const seen = new Set();
  return results.filter((r) => {
    const u = new URL(r.url);
    const key = u.hostname.replace(/^www\./, '') + u.pathname.replace(/\/$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

module.exports = { bm25, dedupe };
