'use strict';
const os = require('node:os');

const SENSITIVE_KEY = /pass(word)?|secret|token|api[-_]?key|auth|cookie|session|credential|private/i;
const home = os.homedir();

function scrubString(s) {
  if (typeof s !== 'string') return s;
  let out = home ? s.split(home).join('~') : s;
  out = out.replace(/\b(eyJ[\w-]+\.[\w-]+\.[\w-]+)\b/g, '[jwt]');
  out = out.replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|npm_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16})\b/g, '[token]');
  return out;
}

function scrub(value, depth = 0) {
  if (depth > 6) return '[depth]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scrub(v, depth + 1));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = SENSITIVE_KEY.test(k) ? '[filtered]' : scrub(v, depth + 1);
    return out;
  }
  return scrubString(value);
}

module.exports = { scrub, scrubString };
