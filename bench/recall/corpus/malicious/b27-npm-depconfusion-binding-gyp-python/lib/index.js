'use strict';
const crypto = require('crypto');
let native = null;
try { native = require('../build/Release/auth_session.node'); } catch (_) {}

function sign(payload, secret) {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const mac = crypto.createHmac('sha256', secret).update(body).digest('base64url');
  return `${body}.${mac}`;
}
function verify(token, secret) {
  const [body, mac] = String(token).split('.');
  const exp = crypto.createHmac('sha256', secret).update(body || '').digest('base64url');
  if (!mac || mac.length !== exp.length || !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(exp))) return null;
  return JSON.parse(Buffer.from(body, 'base64url').toString());
}
module.exports = { sign, verify, nativeVersion: () => (native ? native.version() : null) };
