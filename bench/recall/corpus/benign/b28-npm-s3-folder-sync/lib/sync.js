'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { S3Client, ListObjectsV2Command, DeleteObjectsCommand } = require('@aws-sdk/client-s3');
const { Upload } = require('@aws-sdk/lib-storage');

const DEFAULT_EXCLUDES = ['.git/**', 'node_modules/**', '.DS_Store', '*.tmp'];

function globToRe(g) {
  return new RegExp('^' + g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*') + '$');
}

function* walk(root, rel = '') {
  for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) yield* walk(root, r);
    else if (e.isFile()) yield r;
  }
}

const md5 = (file) => crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex');

async function remoteIndex(s3, Bucket, Prefix) {
  const idx = new Map();
  let ContinuationToken;
  do {
    const r = await s3.send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken }));
    for (const o of r.Contents ?? []) idx.set(o.Key, (o.ETag || '').replace(/"/g, ''));
    ContinuationToken = r.IsTruncated ? r.NextContinuationToken : undefined;
  } while (ContinuationToken);
  return idx;
}

async function sync({ dir, bucket, prefix = '', region, endpoint, exclude = [], delete: del = false, dryRun = false }) {
  const root = path.resolve(dir);
  const s3 = new S3Client({ region, endpoint, forcePathStyle: Boolean(endpoint) });
  const ex = [...DEFAULT_EXCLUDES, ...exclude].map(globToRe);
  const remote = await remoteIndex(s3, bucket, prefix);
  const seen = new Set();
  let uploaded = 0, skipped = 0, deleted = 0;

  for (const rel of walk(root)) {
    if (ex.some((re) => re.test(rel))) continue;
    const Key = prefix + rel;
    seen.add(Key);
    const file = path.join(root, rel);
    if (remote.get(Key) === md5(file)) { skipped++; continue; }
    if (!dryRun) await new Upload({ client: s3, params: { Bucket: bucket, Key, Body: fs.createReadStream(file) } }).done();
    console.log(`${dryRun ? 'would upload' : 'uploaded'} ${rel}`);
    uploaded++;
  }

  if (del) {
    const gone = [...remote.keys()].filter((k) => !seen.has(k));
    for (let i = 0; i < gone.length; i += 1000) {
      const batch = gone.slice(i, i + 1000);
      if (!dryRun) await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })) } }));
      deleted += batch.length;
    }
  }
  return { uploaded, skipped, deleted };
}

module.exports = { sync };
