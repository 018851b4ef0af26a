'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const {
  S3Client,
  PutObjectCommand,
  ListObjectsV2Command,
  DeleteObjectsCommand,
} = require('@aws-sdk/client-s3');
const { publicExposure } = require('./guard');

function walk(dir, base = dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.DS_Store') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, base, out);
    else if (e.isFile()) out.push({ abs: p, rel: path.relative(base, p).split(path.sep).join('/') });
  }
  return out;
}

async function remoteIndex(s3, bucket, prefix) {
  const idx = new Map();
  let ContinuationToken;
  do {
    const r = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken }));
    for (const o of r.Contents || []) idx.set(o.Key, { size: o.Size, etag: (o.ETag || '').replace(/"/g, '') });
    ContinuationToken = r.NextContinuationToken;
  } while (ContinuationToken);
  return idx;
}

async function sync({ dir, bucket, prefix = '', region, kmsKeyId, deleteExtra = false, dryRun = false, allowPublic = false, log = console.log }) {
  const s3 = new S3Client({ region });

  const issues = await publicExposure(s3, bucket);
  if (issues.length) {
    for (const i of issues) log(`warning: ${i}`);
    if (!allowPublic) throw new Error(`refusing to sync into a bucket that may be public (use --allow-public to override)`);
  }

  const local = walk(path.resolve(dir));
  const remote = await remoteIndex(s3, bucket, prefix);
  const stats = { uploaded: 0, unchanged: 0, deleted: 0 };

  for (const f of local) {
    const key = prefix + f.rel;
    const body = fs.readFileSync(f.abs);
    const md5 = crypto.createHash('md5').update(body).digest();
    const r = remote.get(key);
    remote.delete(key);
    if (r && r.etag === md5.toString('hex')) {
      stats.unchanged++;
      continue;
    }
    log(`${dryRun ? 'would upload' : 'upload'} ${key}`);
    if (dryRun) continue;
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentMD5: md5.toString('base64'),
        ACL: 'private',
        ServerSideEncryption: kmsKeyId ? 'aws:kms' : 'AES256',
        SSEKMSKeyId: kmsKeyId,
      })
    );
    stats.uploaded++;
  }

  if (deleteExtra && remote.size) {
    const keys = [...remote.keys()];
    for (const k of keys) log(`${dryRun ? 'would delete' : 'delete'} ${k}`);
    if (!dryRun) {
      for (let i = 0; i < keys.length; i += 1000) {
        await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })) } }));
      }
      stats.deleted = keys.length;
    }
  }
  return stats;
}

module.exports = { sync };
