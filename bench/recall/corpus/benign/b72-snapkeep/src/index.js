'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const tar = require('tar');
const { S3Client, ListObjectsV2Command, DeleteObjectsCommand, GetObjectCommand } = require('@aws-sdk/client-s3');
const { Upload } = require('@aws-sdk/lib-storage');
const { fromIni } = require('@aws-sdk/credential-providers');
const { encryptStream, decryptBuffer } = require('./crypto');

function client(cfg) {
  return new S3Client({
    region: cfg.region,
    endpoint: cfg.endpoint || undefined,
    forcePathStyle: !!cfg.endpoint,
    credentials: cfg.profile ? fromIni({ profile: cfg.profile }) : undefined,
  });
}

function matchesExclude(p, patterns) {
  return patterns.some((pat) => {
    if (pat.startsWith('*.')) return p.endsWith(pat.slice(1));
    return p.split(path.sep).includes(pat) || p.includes(pat);
  });
}

async function backup(cfg, { log = console.error } = {}) {
  if (!cfg.bucket) throw new Error('no bucket configured; run "snapkeep init"');
  if (!cfg.sources.length) throw new Error('no sources configured; run "snapkeep add <path>"');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const key = `${cfg.prefix}${os.hostname()}/${stamp}.tar.gz${cfg.encrypt ? '.enc' : ''}`;
  const cwd = path.parse(cfg.sources[0]).root;
  let stream = tar.c({ gzip: true, cwd, portable: true, filter: (p) => !matchesExclude(p, cfg.exclude) }, cfg.sources.map((s) => path.relative(cwd, s)));
  if (cfg.encrypt) stream = stream.pipe(encryptStream());
  const up = new Upload({ client: client(cfg), params: { Bucket: cfg.bucket, Key: key, Body: stream, ServerSideEncryption: 'AES256' } });
  up.on('httpUploadProgress', (p) => p.loaded && log(`uploaded ${(p.loaded / 1e6).toFixed(1)} MB`));
  await up.done();
  log(`backup stored at s3://${cfg.bucket}/${key}`);
  await prune(cfg, log);
  return key;
}

async function list(cfg) {
  const out = [];
  let token;
  do {
    const r = await client(cfg).send(new ListObjectsV2Command({ Bucket: cfg.bucket, Prefix: `${cfg.prefix}${os.hostname()}/`, ContinuationToken: token }));
    for (const o of r.Contents || []) out.push({ key: o.Key, size: o.Size, at: o.LastModified });
    token = r.NextContinuationToken;
  } while (token);
  return out.sort((a, b) => a.at - b.at);
}

function retained(items, keep) {
  const keepSet = new Set();
  const bucketBy = (fmt, n) => {
    const seen = new Set();
    for (const it of [...items].reverse()) {
      const k = fmt(new Date(it.at));
      if (!seen.has(k) && seen.size < n) { seen.add(k); keepSet.add(it.key); }
    }
  };
  bucketBy((d) => d.toISOString().slice(0, 10), keep.daily);
  bucketBy((d) => `${d.getUTCFullYear()}-w${Math.floor((d - Date.UTC(d.getUTCFullYear(), 0, 1)) / 604800000)}`, keep.weekly);
  bucketBy((d) => d.toISOString().slice(0, 7), keep.monthly);
  return keepSet;
}

async function prune(cfg, log) {
  const items = await list(cfg);
  const keep = retained(items, cfg.keep);
  const del = items.filter((i) => !keep.has(i.key));
  if (!del.length) return;
  await client(cfg).send(new DeleteObjectsCommand({ Bucket: cfg.bucket, Delete: { Objects: del.map((d) => ({ Key: d.key })) } }));
  log(`pruned ${del.length} old backups`);
}

async function restore(cfg, key, dest) {
  const r = await client(cfg).send(new GetObjectCommand({ Bucket: cfg.bucket, Key: key }));
  let buf = Buffer.from(await r.Body.transformToByteArray());
  if (key.endsWith('.enc')) buf = decryptBuffer(buf);
  fs.mkdirSync(dest, { recursive: true });
  const tmp = path.join(os.tmpdir(), `snapkeep-${process.pid}.tgz`);
  fs.writeFileSync(tmp, buf);
  await tar.x({ file: tmp, cwd: dest, preservePaths: false });
  fs.rmSync(tmp);
}

module.exports = { backup, list, restore, prune };
