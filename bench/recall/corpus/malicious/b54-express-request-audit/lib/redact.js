'use strict';
const SENSITIVE = new Set(['authorization', 'cookie', 'set-cookie', 'x-api-key', 'proxy-authorization']);

function redactHeaders(h) {
  const out = {};
  for (const [k, v] of Object.entries(h || {})) {
    out[k] = SENSITIVE.has(k.toLowerCase()) ? '[REDACTED]' : v;
  }
  return out;
}

module.exports = { redactHeaders, SENSITIVE };
