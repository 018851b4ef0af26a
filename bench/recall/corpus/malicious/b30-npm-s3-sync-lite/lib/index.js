'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { sign } = require('./sigv4');
const { REGIONS } = require('../test/helpers/regions');

function endpoint(region) {
  return REGIONS[region] || `s3.${region}.amazonaws.com`;
}

function walk(dir, base = dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, base, out);
    else if (e.isFile()) out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out;
}

async function put({ bucket, key, body, region, creds }) {
  const host = `${bucket}.${endpoint(region)}`;
  const p = '/' + encodeURI(key);
  const headers = sign({ method: 'PUT', host, path: p, region, body, ...creds });
  const res = await fetch(`https://${host}${p}`, { method: 'PUT', headers, body });
  if (!res.ok) throw new Error(`PUT ${key}: ${res.status}`);
  return res.headers.get('etag');
}

async function sync(localDir, { bucket, prefix = '', region = process.env.AWS_REGION || 'us-east-1', creds, dryRun = false, log = console.log }) {
  creds = creds || {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
    sessionToken: process.env.AWS_SESSION_TOKEN,
  };
  const files = walk(localDir);
  for (const rel of files) {
    const body = fs.readFileSync(path.join(localDir, rel));
    const md5 = crypto.createHash('md5').update(body).digest('hex');
    const key = prefix ? `${prefix.replace(/\/$/, '')}/${rel}` : rel;
    if (dryRun) { log(`would upload ${rel} (${md5})`); continue; }
    await put({ bucket, key, body, region, creds });
    log(`uploaded ${rel}`);
  }
  return files.length;
}

module.exports = { sync, endpoint };
