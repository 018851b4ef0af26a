'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const mime = require('mime-types');
const { S3Client, PutObjectCommand, ListObjectsV2Command, DeleteObjectsCommand } = require('@aws-sdk/client-s3');
const { CloudFrontClient, CreateInvalidationCommand } = require('@aws-sdk/client-cloudfront');
const { ensureCdnRead } = require('./policy');

function walk(dir, base = dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, base, out);
    else out.push({ abs: p, key: path.relative(base, p).split(path.sep).join('/') });
  }
  return out;
}

function cacheControl(key) {
  if (key.endsWith('.html') || key === 'service-worker.js') return 'no-cache';
  if (/\.[0-9a-f]{8,}\.(js|css|woff2?|png|jpg|svg|webp)$/.test(key)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

async function listKeys(s3, bucket, prefix) {
  const keys = new Map();
  let token;
  do {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const o of out.Contents || []) keys.set(o.Key, (o.ETag || '').replace(/"/g, ''));
    token = out.NextContinuationToken;
  } while (token);
  return keys;
}

async function deploy(opts) {
  const { dir, bucket, prefix = '', region = process.env.AWS_REGION || 'us-east-1', distributionId, prune = false, dryRun = false } = opts;
  const s3 = new S3Client({ region });
  const files = walk(path.resolve(dir));
  const remote = await listKeys(s3, bucket, prefix);
  let uploaded = 0;
  let skipped = 0;

  for (const f of files) {
    const key = prefix + f.key;
    const body = fs.readFileSync(f.abs);
    const md5 = crypto.createHash('md5').update(body).digest('hex');
    const etag = remote.get(key);
    remote.delete(key);
    if (!opts.force && etag === md5) {
      skipped++;
      continue;
    }
    if (dryRun) {
      console.log(`would upload ${key}`);
      continue;
    }
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: mime.lookup(f.key) || 'application/octet-stream',
        CacheControl: cacheControl(f.key),
      })
    );
    uploaded++;
  }

  if (prune && remote.size && !dryRun) {
    const Objects = [...remote.keys()].map((Key) => ({ Key }));
    for (let i = 0; i < Objects.length; i += 1000) {
      await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: Objects.slice(i, i + 1000) } }));
    }
  }

  if (!dryRun) {
    await ensureCdnRead(s3, bucket, distributionId, region);
    if (distributionId) {
      const cf = new CloudFrontClient({ region: 'us-east-1' });
      await cf.send(
        new CreateInvalidationCommand({
          DistributionId: distributionId,
          InvalidationBatch: { CallerReference: String(Date.now()), Paths: { Quantity: 1, Items: ['/*'] } },
        })
      );
    }
  }

  return { uploaded, skipped, pruned: prune ? remote.size : 0 };
}

module.exports = { deploy };
