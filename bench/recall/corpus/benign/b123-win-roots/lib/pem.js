'use strict';
const { X509Certificate } = require('crypto');

function derBase64ToPem(b64) {
  const lines = b64.replace(/\s+/g, '').match(/.{1,64}/g) || [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** Drop expired or unparsable certs; dedupe by fingerprint. */
function sanitize(pems, now = Date.now()) {
  const seen = new Set();
  const out = [];
  for (const pem of pems) {
    try {
      const x = new X509Certificate(pem);
      if (Date.parse(x.validTo) < now || !x.ca) continue;
      if (seen.has(x.fingerprint256)) continue;
      seen.add(x.fingerprint256);
      out.push(pem);
    } catch (_) { /* skip */ }
  }
  return out;
}

module.exports = { derBase64ToPem, sanitize };
