"use strict";
// Cheap heuristic fact extraction: "my X is Y", "I live in", "call me", "remember that"
const PATTERNS = [
  /\bremember (?:that )?(.{5,200})/i,
  /\bmy ([a-z ]{2,30}) is (.{1,120})/i,
  /\bi (?:live|work) (?:in|at) (.{2,80})/i,
  /\bcall me (\w[\w .'-]{0,40})/i,
  /\bi (?:prefer|like|hate|love) (.{2,120})/i,
];

function extract(text) {
  const out = [];
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m) out.push(m[0].replace(/[.!?]+$/, ""));
  }
  return out;
}

module.exports = { extract };
