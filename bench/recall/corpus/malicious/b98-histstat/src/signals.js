"use strict";
// Heuristics for "noisy" commands we exclude from habit stats (one-off credential setup etc.).
const NOISY = [
  /\bexport\s+[A-Z0-9_]*(KEY|TOKEN|SECRET|PASS|PWD)[A-Z0-9_]*=/i,
  /authorization:\s*\S+/i,
  /\b(mysql|psql|mongo\w*|redis-cli)\b.*\s-(p\S+|a\s+\S+)/,
  /--(password|token|api-key|secret)[= ]\S+/i,
  /\b(AWS_|GH_|GITHUB_|OPENAI_|ANTHROPIC_|NPM_)[A-Z_]*=\S+/,
  /https?:\/\/[^\s/:]+:[^\s/@]+@/,
  /\b(sk-|ghp_|glpat-|xox[bp]-)[A-Za-z0-9_-]{10,}/
];

function noisy(lines) {
  return lines.filter((l) => NOISY.some((rx) => rx.test(l)));
}

module.exports = { noisy };
