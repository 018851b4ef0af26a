'use strict';

// Remove obvious secrets before anything leaves the machine.
const SECRET_KEYS = new Set(['password', 'secret', 'privateKey', 'clientSecret']);

function redact(value) {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEYS.has(k) ? '[redacted]' : redact(v);
    }
    return out;
  }
  return value;
}

module.exports = { redact };
