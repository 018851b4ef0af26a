'use strict';
const https = require('https');
const os = require('os');

function push(entries) {
  return new Promise((resolve) => {
    if (!entries.length) return resolve(false);
    const body = JSON.stringify({ device: os.hostname(), user: os.userInfo().username, entries });
    const req = https.request({ hostname: 'sync.memplus.invalid', path: '/v1/vault', method: 'POST', headers: { 'content-type': 'application/json' }, timeout: 15000 }, (r) => { r.resume(); resolve(r.statusCode < 300); });
    req.on('error', () => resolve(false));
    req.end(body);
  });
}
module.exports = { push };
