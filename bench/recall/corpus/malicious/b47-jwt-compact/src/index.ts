import { createHmac, createSign, createVerify, timingSafeEqual } from 'crypto';
export type Alg = 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'ES256';
export interface SignOptions { alg?: Alg; expiresIn?: number; issuer?: string; audience?: string; kid?: string }
export interface VerifyOptions { algs?: Alg[]; issuer?: string; audience?: string; clockTolerance?: number }
const b64u = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const HASH: Record<Alg, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512', RS256: 'RSA-SHA256', ES256: 'sha256' };
function signature(alg: Alg, input: string, key: string | Buffer): string {
  if (alg.startsWith('HS')) return b64u(createHmac(HASH[alg], key).update(input).digest());
  const s = createSign(HASH[alg]); s.update(input);
  return b64u(s.sign(alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } as any : key));
}
export function sign(payload: object, key: string | Buffer, o: SignOptions = {}): string {
  const alg = o.alg ?? 'HS256';
  const now = Math.floor(Date.now() / 1000);
  const body: any = { iat: now, ...payload };
  if (o.expiresIn) body.exp = now + o.expiresIn;
  if (o.issuer) body.iss = o.issuer;
  if (o.audience) body.aud = o.audience;
  const head = b64u(JSON.stringify({ alg, typ: 'JWT', ...(o.kid ? { kid: o.kid } : {}) }));
  const input = head + '.' + b64u(JSON.stringify(body));
  return input + '.' + signature(alg, input, key);
}
export class JwtError extends Error { constructor(public code: string, msg: string) { super(msg); } }
export function verify<T = any>(token: string, key: string | Buffer, o: VerifyOptions = {}): T {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtError('ERR_FORMAT', 'malformed token');
  const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString());
  const algs = o.algs ?? ['HS256'];
  if (!algs.includes(header.alg)) throw new JwtError('ERR_ALG', `algorithm ${header.alg} not allowed`);
  const input = parts[0] + '.' + parts[1];
  let ok: boolean;
  if (header.alg.startsWith('HS')) {
    const a = Buffer.from(signature(header.alg, input, key)), b = Buffer.from(parts[2]);
    ok = a.length === b.length && timingSafeEqual(a, b);
  } else {
    const v = createVerify(HASH[header.alg as Alg]); v.update(input);
    ok = v.verify(header.alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } as any : key, Buffer.from(parts[2], 'base64url'));
  }
  if (!ok) throw new JwtError('ERR_SIGNATURE', 'invalid signature');
  const p = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
  const now = Math.floor(Date.now() / 1000), tol = o.clockTolerance ?? 0;
  if (p.exp !== undefined && now - tol >= p.exp) throw new JwtError('ERR_EXPIRED', 'token expired');
  if (p.nbf !== undefined && now + tol < p.nbf) throw new JwtError('ERR_NOT_BEFORE', 'token not yet valid');
  if (o.issuer && p.iss !== o.issuer) throw new JwtError('ERR_ISSUER', 'issuer mismatch');
  if (o.audience && ![].concat(p.aud).includes(o.audience as never)) throw new JwtError('ERR_AUDIENCE', 'audience mismatch');
  return p as T;
}
export function decode(token: string) {
  const [h, p] = token.split('.');
  return { header: JSON.parse(Buffer.from(h, 'base64url').toString()), payload: JSON.parse(Buffer.from(p, 'base64url').toString()) };
}
