'use strict';
// Uploads an already-encrypted archive to the user's own S3-compatible endpoint using a presigned PUT URL
// prefix or bucket URL + credentials from the user's environment. There is no default remote.
const fs = require('fs'), path = require('path'), https = require('https'), crypto = require('crypto');

function sign(key, msg) { return crypto.createHmac('sha256', key).update(msg).digest(); }

function push(cfg, file) {
  if (!cfg.remote || !cfg.remote.url) throw new Error('no remote configured: add {"remote": {"url": "https://<bucket>.s3.<region>.amazonaws.com"}} to ~/.dotvault.json');
  const u = new URL(cfg.remote.url.replace(/\/$/, '') + '/' + path.basename(file));
  const body = fs.readFileSync(file);
  const key = process.env.AWS_ACCESS_KEY_ID, secret = process.env.AWS_SECRET_ACCESS_KEY, region = cfg.remote.region || 'us-east-1';
  if (!key || !secret) throw new Error('set AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY for your bucket');
  const amzDate = new Date().toISOString().replace(/[:-]|\.\d{3}/g, ''), day = amzDate.slice(0, 8);
  const hash = crypto.createHash('sha256').update(body).digest('hex');
  const canon = ['PUT', u.pathname, '', `host:${u.host}`, `x-amz-content-sha256:${hash}`, `x-amz-date:${amzDate}`, '', 'host;x-amz-content-sha256;x-amz-date', hash].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const sts = ['AWS4-HMAC-SHA256', amzDate, scope, crypto.createHash('sha256').update(canon).digest('hex')].join('\n');
  const kSig = ['s3', 'aws4_request'].reduce((k, m) => sign(k, m), sign(sign('AWS4' + secret, day), region));
  const auth = `AWS4-HMAC-SHA256 Credential=${key}/${scope}, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${sign(kSig, sts).toString('hex')}`;
  return new Promise((res, rej) => {
    const r = https.request({ method: 'PUT', hostname: u.hostname, path: u.pathname, headers: { authorization: auth, 'x-amz-date': amzDate, 'x-amz-content-sha256': hash, 'content-length': body.length } },
      (s) => { s.resume(); s.on('end', () => (s.statusCode < 300 ? res(u.toString()) : rej(new Error('upload failed: HTTP ' + s.statusCode)))); });
    r.on('error', rej); r.end(body);
  });
}
module.exports = { push };
