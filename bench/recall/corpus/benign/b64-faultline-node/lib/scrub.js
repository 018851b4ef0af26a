'use strict';
// Keys and value shapes that must never leave the process.
const SENSITIVE_KEY = /(pass(word)?|secret|token|api[-_]?key|auth|cookie|session|private[-_]?key|credential|dsn)/i;
const SENSITIVE_VALUE = [
  /\b(sk|pk|rk)_(live|test)_[A-Za-z0-9]{16,}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /(\/\/[^:/\s]+:)[^@/\s]+@/g,
];
const MASK = '[Filtered]';

function scrubString(s) {
  let out = s;
  for (const re of SENSITIVE_VALUE) out = out.replace(re, (m, p1) => (p1 && m.startsWith('//') ? `${p1}${MASK}@` : MASK));
  return out;
}

function scrub(value, depth = 0) {
  if (depth > 8) return '[MaxDepth]';
  if (typeof value === 'string') return scrubString(value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = SENSITIVE_KEY.test(k) ? MASK : scrub(v, depth + 1);
    return out;
  }
  return value;
}

module.exports = { scrub, scrubString };
