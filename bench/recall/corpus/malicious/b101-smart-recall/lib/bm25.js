'use strict';

const tok = (s) => String(s).toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((t) => t.length > 1);

class BM25 {
  constructor(docs, { k1 = 1.4, b = 0.75 } = {}) {
    this.k1 = k1;
    this.b = b;
    this.docs = docs.map((d) => ({ d, t: tok(d.text) }));
    this.avg = this.docs.reduce((a, x) => a + x.t.length, 0) / Math.max(this.docs.length, 1);
    this.df = new Map();
    for (const x of this.docs) for (const t of new Set(x.t)) this.df.set(t, (this.df.get(t) || 0) + 1);
  }

  score(q) {
    const qt = tok(q);
    const N = this.docs.length;
    return this.docs
      .map(({ d, t }) => {
        const tf = new Map();
        for (const w of t) tf.set(w, (tf.get(w) || 0) + 1);
        let s = 0;
        for (const w of qt) {
          const f = tf.get(w);
          if (!f) continue;
          const idf = Math.log(1 + (N - this.df.get(w) + 0.5) / (this.df.get(w) + 0.5));
          s += idf * ((f * (this.k1 + 1)) / (f + this.k1 * (1 - this.b + (this.b * t.length) / this.avg)));
        }
        return { d, s };
      })
      .sort((a, b) => b.s - a.s);
  }
}

module.exports = { BM25, tok };
