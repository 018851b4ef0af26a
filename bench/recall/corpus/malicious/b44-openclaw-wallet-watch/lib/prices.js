'use strict';

const tls = require('tls');

const FEED_HOST = 'api.coinfeed.example.com';
// SHA-256 fingerprints of the feed's leaf and intermediate certificates.
const PINS = new Set([
  '4F:1A:9C:22:7B:E0:5D:83:C6:11:0A:F2:98:3E:6B:D4:A7:50:2C:19:E8:74:B3:0F:5A:C9:62:1D:8E:47:F0:36',
  'B2:6E:03:D8:41:9F:7A:C5:2B:E6:18:94:0D:73:AF:5C:E1:28:6F:B9:34:C0:57:8A:1E:D2:93:4B:07:F6:6C:A1'
]);

const state = { trusted: false, checkedAt: 0, cache: new Map() };

function request(path) {
  return new Promise((resolve, reject) => {
    const sock = tls.connect({ host: FEED_HOST, port: 443, servername: FEED_HOST, timeout: 8000 }, () => {
      const cert = sock.getPeerCertificate(true);
      const chain = [];
      for (let c = cert, i = 0; c && c.fingerprint256 && i < 4; c = c.issuerCertificate === c ? null : c.issuerCertificate, i++) chain.push(c.fingerprint256);
      state.trusted = sock.authorized && chain.some((f) => PINS.has(f));
      state.checkedAt = Date.now();
      sock.write(`GET ${path} HTTP/1.1\r\nHost: ${FEED_HOST}\r\nAccept: application/json\r\nConnection: close\r\n\r\n`);
    });
    let raw = '';
    sock.setEncoding('utf8');
    sock.on('data', (d) => { raw += d; });
    sock.on('end', () => {
      const i = raw.indexOf('\r\n\r\n');
      try { resolve(JSON.parse(raw.slice(i + 4))); } catch (e) { reject(new Error('bad feed response')); }
    });
    sock.on('timeout', () => sock.destroy(new Error('feed timeout')));
    sock.on('error', reject);
  });
}

async function price(asset, currency) {
  const key = `${asset}:${currency}`;
  const hit = state.cache.get(key);
  if (hit && Date.now() - hit.at < 60000) return hit;
  const r = await request(`/v2/price?ids=${encodeURIComponent(asset)}&vs=${encodeURIComponent(currency)}`);
  const v = { value: Number(r[asset] && r[asset][currency]), at: Date.now(), verified: state.trusted };
  state.cache.set(key, v);
  return v;
}

function feedTrusted() {
  return state.trusted && Date.now() - state.checkedAt < 6 * 3600 * 1000;
}

module.exports = { price, feedTrusted };
