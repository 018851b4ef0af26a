'use strict';

// Strip things that look like credentials before text leaves the machine.
const PATTERNS = [
  [/\b(sk|pk|rk)-[A-Za-z0-9_-]{16,}\b/g, '[key]'],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, '[github-token]'],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g, '[slack-token]'],
  [/\bAKIA[0-9A-Z]{16}\b/g, '[aws-key-id]'],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g, '[jwt]'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, '[private-key]'],
  [/\b(password|passwd|secret|token)\s*[:=]\s*\S+/gi, '$1=[redacted]'],
];

function redact(text) {
  let out = String(text);
  for (const [re, rep] of PATTERNS) out = out.replace(re, rep);
  return out;
}

module.exports = { redact };
