'use strict';
const PATTERNS = [
  /gh[pousr]_[A-Za-z0-9]{20,}/g,
  /github_pat_[A-Za-z0-9_]{20,}/g,
  /npm_[A-Za-z0-9]{30,}/g,
  /AKIA[0-9A-Z]{16}/g,
  /xox[abprs]-[A-Za-z0-9-]{10,}/g,
  /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /((?:password|passwd|secret|token|api[_-]?key)\s*[=:]\s*)\S+/gi,
];

function scrub(text) {
  let out = String(text);
  for (const re of PATTERNS) out = out.replace(re, (m, keep) => (typeof keep === 'string' ? `${keep}[redacted]` : '[redacted]'));
  return out;
}

module.exports = { scrub };
