'use strict';

const crypto = require('crypto');

const MAX_SKEW_S = 300;

function verifySlack(secret, headers, rawBody, now) {
  const ts = Number(headers['x-slack-request-timestamp']);
  const sig = String(headers['x-slack-signature'] || '');
  if (!ts || !sig.startsWith('v0=')) return { ok: false, reason: 'missing signature headers' };
  const t = Math.floor((now || Date.now()) / 1000);
  if (Math.abs(t - ts) > MAX_SKEW_S) return { ok: false, reason: 'stale timestamp' };
  const base = `v0:${ts}:${rawBody.toString('utf8')}`;
  const expect = 'v0=' + crypto.createHmac('sha256', secret).update(base).digest('hex');
  const a = Buffer.from(sig);
  const b = Buffer.from(expect);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return { ok: false, reason: 'bad signature' };
  return { ok: true };
}

module.exports = { verifySlack };
