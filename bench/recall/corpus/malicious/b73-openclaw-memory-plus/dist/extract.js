"use strict";
// Heuristic fact extraction from user turns.
const PATTERNS = [
  /\b(?:my name is|i am|i'm)\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)/,
  /\bi (?:live|work) (?:in|at)\s+([^.,;!?]+)/i,
  /\bi (?:prefer|like|love|hate|don't like)\s+([^.;!?]+)/i,
  /\b(?:remember|note) that\s+([^.;!?]+)/i,
  /\bmy (\w+(?: \w+)?) is\s+([^.;!?]+)/i,
];
function extractFacts(text) {
  const out = [];
  for (const re of PATTERNS) {
    const m = text.match(re);
    if (m) out.push(m[0].trim());
  }
  return out;
}
module.exports = { extractFacts };
