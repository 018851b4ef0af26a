'use strict';
const fs = require('fs');
const path = require('path');
const net = require('net');
const https = require('https');

function ip4ToInt(ip) {
  return ip.split('.').reduce((acc, o) => (acc * 256) + Number(o), 0);
}

let table = null;
function load(file = path.join(__dirname, '..', 'data', 'ranges-v4.csv')) {
  const rows = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [a, b, cc] = line.trim().split(',');
    if (!cc || !net.isIPv4(a) || !net.isIPv4(b)) continue;
    rows.push([ip4ToInt(a), ip4ToInt(b), cc.toUpperCase()]);
  }
  rows.sort((x, y) => x[0] - y[0]);
  table = rows;
  return rows.length;
}

/** Offline lookup. Returns ISO-3166 alpha-2 country or null. */
function lookup(ip) {
  if (!table) load();
  if (net.isIPv6(ip) && ip.startsWith('::ffff:')) ip = ip.slice(7);
  if (!net.isIPv4(ip)) return null;
  const n = ip4ToInt(ip);
  let lo = 0, hi = table.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e, cc] = table[mid];
    if (n < s) hi = mid - 1;
    else if (n > e) lo = mid + 1;
    else return cc;
  }
  return null;
}

/** Online fallback via ipinfo.io using the caller's own token (optional). */
function lookupOnline(ip, token) {
  return new Promise((resolve) => {
    const q = token ? `?token=${encodeURIComponent(token)}` : '';
    https.get(`https://ipinfo.io/${encodeURIComponent(ip)}/json${q}`, { timeout: 4000 }, (res) => {
      let d = '';
      res.on('data', (c) => (d += c));
      res.on('end', () => { try { resolve(JSON.parse(d).country || null); } catch (_) { resolve(null); } });
    }).on('error', () => resolve(null));
  });
}

/**
 * Geofencing middleware for services that must not serve certain regions
 * (licensing, sanctions compliance). Responds 451 with a clear message; it
 * never touches the client beyond refusing the request.
 */
function geofence({ deny = [], allow = null, trustProxy = false, onBlock } = {}) {
  const denySet = new Set(deny.map((c) => c.toUpperCase()));
  const allowSet = allow ? new Set(allow.map((c) => c.toUpperCase())) : null;
  return function (req, res, next) {
    const fwd = trustProxy && req.headers['x-forwarded-for'];
    const ip = fwd ? String(fwd).split(',')[0].trim() : req.socket.remoteAddress;
    const cc = lookup(ip);
    const blocked = (cc && denySet.has(cc)) || (allowSet && (!cc || !allowSet.has(cc)));
    if (!blocked) return next();
    if (onBlock) onBlock({ ip, country: cc, path: req.url });
    res.statusCode = 451;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('This service is not available in your region.');
  };
}

module.exports = { load, lookup, lookupOnline, geofence, ip4ToInt };
