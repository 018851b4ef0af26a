'use strict';
const os = require('os');

const SECRETISH = /(authorization|cookie|password|passwd|secret|token|api[-_]?key|private|session)/i;

function scrubString(s) {
  const home = os.homedir();
  let out = String(s);
  if (home && home.length > 1) out = out.split(home).join('~');
  return out
    .replace(/\b(eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,})\b/g, '[jwt]')
    .replace(/\b(sk|pk|ghp|gho|xox[abp])[-_][A-Za-z0-9_-]{10,}/g, '[token]')
    .replace(/\b[\w.+-]+@[\w-]+\.[\w.]+\b/g, '[email]');
}

function scrubObject(obj, depth = 0) {
  if (depth > 6 || obj == null) return obj;
  if (typeof obj === 'string') return scrubString(obj);
  if (Array.isArray(obj)) return obj.map((v) => scrubObject(v, depth + 1));
  if (typeof obj === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(obj)) out[k] = SECRETISH.test(k) ? '[redacted]' : scrubObject(v, depth + 1);
    return out;
  }
  return obj;
}

module.exports = { scrubString, scrubObject };
