'use strict';
const SENSITIVE = /pass|secret|token|key|auth|cookie|session|credential/i;
function scrub(v, depth = 0) {
  if (depth > 5 || v == null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => scrub(x, depth + 1));
  const out = {};
  for (const [k, val] of Object.entries(v)) out[k] = SENSITIVE.test(k) ? '[Filtered]' : scrub(val, depth + 1);
  return out;
}
module.exports = { scrub };
