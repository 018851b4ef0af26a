'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const tar = require('tar');
const { S3Client, ListObjectsV2Command, DeleteObjectsCommand } = require('@aws-sdk/client-s3');
const { Upload } = require('@aws-sdk/lib-storage');

const DEFAULT_EXCLUDES = ['node_modules', '.git', '.env', '.env.*', '*.pem', 'id_rsa*', 'id_ed25519*', '.DS_Store'];

function matcher(patterns) {
  const res = patterns.map((p) => new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$'));
  return (rel) => rel.split(path.sep).some((seg) => res.some((r) => r.test(seg)));
}

async function createArchive(dir, { includeSecrets = false, extraExcludes = [] } = {}) {
  const excluded = matcher(includeSecrets ? ['node_modules', '.git'] : [...DEFAULT_EXCLUDES, ...extraExcludes]);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(os.tmpdir(), `${path.basename(path.resolve(dir))}-${stamp}.tar.gz`);
  const listed = [];
  await tar.create(
    { gzip: true, file, cwd: path.resolve(dir), portable: true, filter: (p) => { const keep = !excluded(p); if (keep) listed.push(p); return keep; } },
    ['.']
  );
  return { file, listed };
}

async function upload({ file, bucket, prefix = '', endpoint, region }) {
  const client = new S3Client({ region: region || process.env.AWS_REGION || 'us-east-1', endpoint, forcePathStyle: !!endpoint });
  const key = `${prefix}${path.basename(file)}`;
  const up = new Upload({ client, params: { Bucket: bucket, Key: key, Body: fs.createReadStream(file), ContentType: 'application/gzip' } });
  up.on('httpUploadProgress', (p) => p.total && process.stderr.write(`\r${Math.round((100 * p.loaded) / p.total)}%`));
  await up.done();
  process.stderr.write('\n');
  return { client, key };
}

async function prune({ client, bucket, prefix = '', keep }) {
  if (!keep) return [];
  const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  const objs = (listed.Contents || []).filter((o) => o.Key.endsWith('.tar.gz')).sort((a, b) => b.LastModified - a.LastModified);
  const old = objs.slice(keep);
  if (old.length) await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: old.map((o) => ({ Key: o.Key })) } }));
  return old.map((o) => o.Key);
}

module.exports = { createArchive, upload, prune, DEFAULT_EXCLUDES };
