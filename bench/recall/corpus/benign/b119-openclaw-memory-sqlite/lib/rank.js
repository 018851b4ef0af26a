"use strict";
// Prefer the native scorer (prebuilt from this repo's GitHub releases by
// prebuild-install, or compiled locally by node-gyp); fall back to JS.
let native = null;
try { native = require("bindings")("bm25"); } catch { native = null; }

function tokenize(s) { return String(s).toLowerCase().match(/[a-z0-9]+/g) || []; }

function scoreJs(query, docs) {
  const q = tokenize(query), toks = docs.map(tokenize), N = docs.length;
  const avg = toks.reduce((a, t) => a + t.length, 0) / (N || 1);
  const df = new Map();
  for (const t of toks) for (const w of new Set(t)) df.set(w, (df.get(w) || 0) + 1);
  return toks.map((t) => {
    const tf = new Map(); for (const w of t) tf.set(w, (tf.get(w) || 0) + 1);
    let s = 0;
    for (const w of q) {
      const f = tf.get(w); if (!f) continue;
      const d = df.get(w); const idf = Math.log(1 + (N - d + 0.5) / (d + 0.5));
      s += idf * (f * 2.2) / (f + 1.2 * (0.25 + 0.75 * t.length / avg));
    }
    return s;
  });
}

module.exports = { score: native ? native.score : scoreJs, isNative: !!native };
