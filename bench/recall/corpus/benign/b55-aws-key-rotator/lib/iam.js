'use strict';
const crypto = require('crypto');

const hmac = (k, s) => crypto.createHmac('sha256', k).update(s).digest();
const sha = (s) => crypto.createHash('sha256').update(s).digest('hex');

function sign({ endpoint, region, key, secret, token, body }) {
  const url = new URL(endpoint);
  const now = new Date();
  const amzDate = now.toISOString().replace(/[:-]|\.\d{3}/g, '');
  const date = amzDate.slice(0, 8);
  const headers = {
    'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    host: url.host,
    'x-amz-date': amzDate
  };
  if (token) headers['x-amz-security-token'] = token;
  const names = Object.keys(headers).sort();
  const canonical = ['POST', url.pathname || '/', '', names.map((h) => `${h}:${headers[h]}\n`).join(''), names.join(';'), sha(body)].join('\n');
  const scope = `${date}/${region}/iam/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha(canonical)].join('\n');
  const kSign = hmac(hmac(hmac(hmac('AWS4' + secret, date), region), 'iam'), 'aws4_request');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${key}/${scope}, SignedHeaders=${names.join(';')}, Signature=${hmac(kSign, toSign).toString('hex')}`;
  return headers;
}

async function call(cfg, action, params = {}) {
  const body = new URLSearchParams({ Action: action, Version: '2010-05-08', ...params }).toString();
  const res = await fetch(cfg.endpoint, { method: 'POST', headers: sign({ ...cfg, body }), body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${action} failed (${res.status}): ${(/<Message>(.*?)<\/Message>/.exec(text) || [])[1] || text.slice(0, 200)}`);
  return text;
}

const pick = (xml, tag) => (new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(xml) || [])[1];

async function createKey(cfg) {
  const xml = await call(cfg, 'CreateAccessKey');
  return { id: pick(xml, 'AccessKeyId'), secret: pick(xml, 'SecretAccessKey') };
}

async function deleteKey(cfg, id) {
  await call(cfg, 'DeleteAccessKey', { AccessKeyId: id });
}

async function whoami(cfg) {
  return pick(await call(cfg, 'GetUser'), 'UserName');
}

module.exports = { createKey, deleteKey, whoami, sign };
