'use strict';

// Never ship secrets in crash reports: redact sensitive-looking keys and
// values that look like tokens before anything leaves the process.
const SENSITIVE_KEY = /pass(word)?|secret|token|api[-_]?key|auth|cookie|session|credential|private/i;
const TOKEN_VALUE = /\b(gh[pousr]_[A-Za-z0-9]{20,}|npm_[A-Za-z0-9]{20,}|sk-[A-Za-z0-9_-]{20,}|xox[abpr]-[A-Za-z0-9-]+|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\b/g;

function scrubString(s) {
  return typeof s === 'string' ? s.replace(TOKEN_VALUE, '[redacted]') : s;
}

function scrub(value, depth = 0) {
  if (depth > 6) return '[depth]';
  if (typeof value === 'string') return scrubString(value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = SENSITIVE_KEY.test(k) ? '[redacted]' : scrub(v, depth + 1);
    return out;
  }
  return value;
}

module.exports = { scrub, scrubString };
