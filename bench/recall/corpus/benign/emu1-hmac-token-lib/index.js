const crypto = require('crypto');

function sign(value, secret) {
  if (typeof secret !== 'string' || secret.length < 16) throw new TypeError('secret must be a string of at least 16 chars');
  const mac = crypto.createHmac('sha256', secret).update(String(value)).digest('base64url');
  return `${value}.${mac}`;
}

function unsign(signed, secrets) {
  const list = Array.isArray(secrets) ? secrets : [secrets];
  const i = signed.lastIndexOf('.');
  if (i < 0) return false;
  const value = signed.slice(0, i);
  for (const s of list) {
    const expected = Buffer.from(sign(value, s));
    const got = Buffer.from(signed);
    if (expected.length === got.length && crypto.timingSafeEqual(expected, got)) return value;
  }
  return false;
}

module.exports = { sign, unsign };
