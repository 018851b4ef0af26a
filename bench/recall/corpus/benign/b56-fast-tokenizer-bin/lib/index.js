const path = require("path");

let native = null;
try {
  native = require(path.join(__dirname, process.platform === "win32" ? "tokenizer.dll" : "tokenizer.node"));
} catch {
  native = null;
}

// Rough JS fallback: ~4 chars per token for English, splits on word boundaries.
function countTokensJs(text) {
  if (!text) return 0;
  let n = 0;
  for (const piece of String(text).match(/\s*\S+/g) ?? []) n += Math.max(1, Math.ceil(piece.length / 4));
  return n;
}

function countTokens(text, encoding = "cl100k") {
  return native ? native.count(String(text), encoding) : countTokensJs(text);
}

module.exports = { countTokens, isNative: () => native !== null };
