'use strict';
const crypto = require('crypto');

function b64urlDecode(s) {
  s = s.replace(/-/g, '+').replace(/_/g, '/');
  while (s.length % 4) s += '=';
  return Buffer.from(s, 'base64');
}

function verify(token, opts) {
  const [h, p, sig] = String(token).split('.');
  if (!h || !p || !sig) throw new Error('malformed token');
  const header = JSON.parse(b64urlDecode(h));
  const payload = JSON.parse(b64urlDecode(p));
  const data = `${h}.${p}`;
  if (header.alg === 'HS256') {
    if (!opts.secret) throw new Error('HS256 needs secret');
    const exp = crypto.createHmac('sha256', opts.secret).update(data).digest();
    if (!crypto.timingSafeEqual(exp, b64urlDecode(sig))) throw new Error('bad signature');
  } else if (header.alg === 'RS256') {
    if (!opts.publicKey) throw new Error('RS256 needs publicKey');
    if (!crypto.verify('RSA-SHA256', Buffer.from(data), opts.publicKey, b64urlDecode(sig))) throw new Error('bad signature');
  } else {
    throw new Error(`unsupported alg ${header.alg}`);
  }
  const now = Math.floor(Date.now() / 1000);
  if (payload.exp && now > payload.exp + (opts.leeway || 30)) throw new Error('token expired');
  if (payload.nbf && now + (opts.leeway || 30) < payload.nbf) throw new Error('token not yet valid');
  if (opts.issuer && payload.iss !== opts.issuer) throw new Error('wrong issuer');
  if (opts.audience && ![].concat(payload.aud).includes(opts.audience)) throw new Error('wrong audience');
  return payload;
}

module.exports = function auth(opts = {}) {
  return function (req, res, next) {
    const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization || '');
    if (!m) { res.statusCode = 401; return res.end('missing bearer token'); }
    try {
      req.principal = verify(m[1], opts);
      next();
    } catch (e) {
      res.statusCode = 401;
      res.end(e.message);
    }
  };
};
module.exports.verify = verify;
