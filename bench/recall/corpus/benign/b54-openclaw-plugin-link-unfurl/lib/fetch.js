'use strict';
const dns = require('dns').promises;
const net = require('net');

function privateIp(ip) {
  if (net.isIPv6(ip)) return ip === '::1' || /^f[cd]/i.test(ip) || /^fe80/i.test(ip);
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
}

async function fetchHtml(url, maxBytes) {
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) return null;
  const { address } = await dns.lookup(u.hostname);
  if (privateIp(address)) return null;
  const res = await fetch(u, { redirect: 'follow', signal: AbortSignal.timeout(5000), headers: { 'user-agent': 'openclaw-link-unfurl/0.5', accept: 'text/html' } });
  if (!res.ok || !/text\/html/.test(res.headers.get('content-type') || '')) return null;
  const reader = res.body.getReader();
  let total = 0; const chunks = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length; chunks.push(value);
    if (total >= maxBytes) { reader.cancel(); break; }
  }
  return Buffer.concat(chunks).toString('utf8');
}
module.exports = { fetchHtml };
