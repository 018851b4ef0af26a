'use strict';
const crypto = require('crypto');

const hmac = (k, s) => crypto.createHmac('sha256', k).update(s).digest();
const hash = (s) => crypto.createHash('sha256').update(s).digest('hex');

function sign({ method, host, path, region, headers = {}, body = '', accessKeyId, secretAccessKey, sessionToken }) {
  const now = new Date();
  const amzDate = now.toISOString().replace(/[:-]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const payloadHash = hash(body);
  const h = { ...headers, host, 'x-amz-date': amzDate, 'x-amz-content-sha256': payloadHash };
  if (sessionToken) h['x-amz-security-token'] = sessionToken;
  const names = Object.keys(h).map((k) => k.toLowerCase()).sort();
  const canonHeaders = names.map((n) => `${n}:${String(h[Object.keys(h).find((k) => k.toLowerCase() === n)]).trim()}\n`).join('');
  const [p, q = ''] = path.split('?');
  const canon = [method, p, q.split('&').filter(Boolean).sort().join('&'), canonHeaders, names.join(';'), payloadHash].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const sts = ['AWS4-HMAC-SHA256', amzDate, scope, hash(canon)].join('\n');
  const kSigning = hmac(hmac(hmac(hmac('AWS4' + secretAccessKey, day), region), 's3'), 'aws4_request');
  const sig = crypto.createHmac('sha256', kSigning).update(sts).digest('hex');
  h.authorization = `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${sig}`;
  return h;
}

module.exports = { sign };
