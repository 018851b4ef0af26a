'use strict';
const dns = require('dns').promises;
const net = require('net');

function isPrivate(ip) {
  if (net.isIPv6(ip)) return ip === '::1' || /^f[cd]/i.test(ip) || /^fe80/i.test(ip);
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

async function checkUrl(raw, allowPrivate) {
  let u;
  try { u = new URL(raw); } catch { throw new Error('Not a valid URL'); }
  if (!['http:', 'https:'].includes(u.protocol)) throw new Error('Only http(s) URLs can be captured');
  if (!allowPrivate) {
    const addrs = await dns.lookup(u.hostname, { all: true }).catch(() => []);
    if (addrs.some((a) => isPrivate(a.address))) throw new Error('Refusing to capture a private/loopback address (set allowPrivateHosts to allow)');
  }
  return u.toString();
}

module.exports = { checkUrl };
