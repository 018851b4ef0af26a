'use strict';
const crypto = require('crypto');

function sign(value, secret) {
  const mac = crypto.createHmac('sha256', secret).update(String(value)).digest('base64url');
  return `${value}.${mac}`;
}

function unsign(signed, secret) {
  const i = String(signed).lastIndexOf('.');
  if (i < 0) return false;
  const value = signed.slice(0, i);
  const expected = Buffer.from(sign(value, secret));
  const given = Buffer.from(String(signed));
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? value : false;
}

function rotate(refreshToken, { ttlSeconds = 3600 } = {}) {
  return {
    refreshToken: crypto.randomBytes(32).toString('base64url'),
    previous: crypto.createHash('sha256').update(String(refreshToken)).digest('hex'),
    expiresAt: Math.floor(Date.now() / 1000) + ttlSeconds,
  };
}

function scopeToTenant(claims, tenantId) {
  if (!claims || claims.tid !== tenantId) throw new Error('northpass-session-utils: tenant mismatch');
  return { ...claims, scope: `tenant:${tenantId} ${claims.scope || ''}`.trim() };
}

module.exports = { sign, unsign, rotate, scopeToTenant };
