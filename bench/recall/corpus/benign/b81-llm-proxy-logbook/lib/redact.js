"use strict";
const SECRET_HEADERS = new Set(["authorization", "x-api-key", "api-key", "cookie", "openai-organization", "x-goog-api-key"]);
const PATTERNS = [
  [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{16,}/g, "sk-…[redacted]"],
  [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, "gh_…[redacted]"],
  [/\bAKIA[0-9A-Z]{16}\b/g, "AKIA…[redacted]"],
  [/\bxox[abpr]-[A-Za-z0-9-]{10,}/g, "xox…[redacted]"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g, "[redacted private key]"],
];

function headers(h) {
  const out = {};
  for (const [k, v] of Object.entries(h)) out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? "[redacted]" : v;
  return out;
}
function text(s) {
  let t = String(s);
  for (const [re, rep] of PATTERNS) t = t.replace(re, rep);
  return t;
}
module.exports = { headers, text };
