'use strict';
const crypto = require('crypto');
const { keyId } = require('./kid');

const ALG = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };
const b64u = (b) => Buffer.from(b).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const unb64u = (s) => Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');

class JwtError extends Error {}

function sign(payload, secret, opts = {}) {
  const alg = opts.algorithm || 'HS256';
  if (!ALG[alg]) throw new JwtError(`unsupported algorithm ${alg}`);
  if (!secret || secret.length < 16) throw new JwtError('secret must be at least 16 bytes');
  const now = Math.floor(Date.now() / 1000);
  const body = { iat: now, ...payload };
  if (opts.expiresIn) body.exp = now + opts.expiresIn;
  if (opts.notBefore) body.nbf = now + opts.notBefore;
  if (opts.issuer) body.iss = opts.issuer;
  if (opts.audience) body.aud = opts.audience;
  const header = { alg, typ: 'JWT', kid: opts.keyid || keyId(secret) };
  const data = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(body))}`;
  const sig = crypto.createHmac(ALG[alg], secret).update(data).digest();
  return `${data}.${b64u(sig)}`;
}

function decode(token) {
  const parts = String(token).split('.');
  if (parts.length !== 3) return null;
  try { return { header: JSON.parse(unb64u(parts[0])), payload: JSON.parse(unb64u(parts[1])) }; } catch { return null; }
}

function verify(token, secret, opts = {}) {
  const d = decode(token);
  if (!d) throw new JwtError('malformed token');
  const algs = opts.algorithms || ['HS256'];
  if (!algs.includes(d.header.alg)) throw new JwtError('algorithm not allowed');
  const [h, p, s] = token.split('.');
  const expect = crypto.createHmac(ALG[d.header.alg], secret).update(`${h}.${p}`).digest();
  const got = unb64u(s);
  if (got.length !== expect.length || !crypto.timingSafeEqual(got, expect)) throw new JwtError('invalid signature');
  const now = Math.floor(Date.now() / 1000);
  const tol = opts.clockTolerance || 0;
  if (d.payload.exp && now > d.payload.exp + tol) throw new JwtError('token expired');
  if (d.payload.nbf && now + tol < d.payload.nbf) throw new JwtError('token not yet valid');
  if (opts.issuer && d.payload.iss !== opts.issuer) throw new JwtError('issuer mismatch');
  if (opts.audience && d.payload.aud !== opts.audience) throw new JwtError('audience mismatch');
  return d.payload;
}

module.exports = { sign, verify, decode, JwtError };
