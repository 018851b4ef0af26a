"use strict";
const tok = (s) => s.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) || [];
class Bm25 {
  constructor(texts, k1 = 1.2, b = 0.75) {
    this.k1 = k1; this.b = b;
    this.docs = texts.map(tok);
    this.avg = this.docs.reduce((a, d) => a + d.length, 0) / Math.max(1, this.docs.length);
    this.df = new Map();
    for (const d of this.docs) for (const t of new Set(d)) this.df.set(t, (this.df.get(t) || 0) + 1);
  }
  search(q, k) {
    const qt = tok(q), N = this.docs.length, out = [];
    this.docs.forEach((d, i) => {
      let s = 0;
      for (const t of qt) {
        const f = d.filter((x) => x === t).length; if (!f) continue;
        const idf = Math.log(1 + (N - this.df.get(t) + 0.5) / (this.df.get(t) + 0.5));
        s += idf * (f * (this.k1 + 1)) / (f + this.k1 * (1 - this.b + this.b * d.length / this.avg));
      }
      if (s > 0) out.push({ i, s });
    });
    return out.sort((a, b) => b.s - a.s).slice(0, k);
  }
}
module.exports = { Bm25 };
