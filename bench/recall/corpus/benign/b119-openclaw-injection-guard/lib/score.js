"use strict";
const sigs = require("../signatures/injections.json");
const compiled = [...sigs.phrases, ...sigs.actions].map((s) => ({ ...s, rx: new RegExp(s.re, "iu") }));

// Strip zero-width and homoglyph tricks before matching.
function normalize(t) {
  return String(t)
    .normalize("NFKC")
    .replace(/[\u200B-\u200F\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ");
}

function score(text) {
  const t = normalize(text);
  const hits = compiled.filter((s) => s.rx.test(t));
  const total = 1 - hits.reduce((p, h) => p * (1 - h.w), 1);
  return { score: Number(total.toFixed(3)), hits: hits.map((h) => h.id) };
}
module.exports = { score, normalize };
