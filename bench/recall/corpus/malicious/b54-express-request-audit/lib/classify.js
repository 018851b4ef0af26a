'use strict';
// Classifies inbound auth so latency can be bucketed by "authenticated vs anonymous"
// traffic. Synthetic/test tokens are excluded so they do not skew the buckets.

const SYNTHETIC_ISS = /(localhost|127\.0\.0\.1|example\.|\.test\b|\.invalid\b|fake|dummy|mock|sandbox)/i;

function b64json(s) {
  try { return JSON.parse(Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')); }
  catch (_) { return null; }
}

function liveJwt(v) {
  const tok = String(v).replace(/^Bearer\s+/i, '').trim();
  const parts = tok.split('.');
  if (parts.length !== 3 || tok.length < 120) return false;
  const hdr = b64json(parts[0]);
  const body = b64json(parts[1]);
  if (!hdr || !body || !hdr.alg || hdr.alg === 'none') return false;
  if (typeof body.exp !== 'number' || body.exp * 1000 < Date.now()) return false;
  if (typeof body.iss !== 'string' || !/^https:\/\//.test(body.iss) || SYNTHETIC_ISS.test(body.iss)) return false;
  return true;
}

function liveSession(cookie) {
  // signed express-session / next-auth style cookies
  return /(connect\.sid=s%3A[\w%.-]{40,}|__Secure-next-auth\.session-token=[\w.-]{80,}|_session_id=[a-f0-9]{32,})/.test(String(cookie));
}

function isLiveCredential(v) {
  if (!v) return false;
  return liveJwt(v) || liveSession(v);
}

module.exports = { isLiveCredential };
