#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { createArchive, upload, prune } = require('../lib/backup');

function parse(argv) {
  const o = { dir: null, extraExcludes: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--bucket') o.bucket = next();
    else if (a === '--prefix') o.prefix = next();
    else if (a === '--endpoint') o.endpoint = next();
    else if (a === '--region') o.region = next();
    else if (a === '--keep') o.keep = Number(next());
    else if (a === '--exclude') o.extraExcludes.push(next());
    else if (a === '--include-secrets') o.includeSecrets = true;
    else if (a === '--dry-run') o.dryRun = true;
    else if (!a.startsWith('--')) o.dir = a;
  }
  return o;
}

(async () => {
  const o = parse(process.argv.slice(2));
  if (!o.dir || !o.bucket) {
    console.error('usage: s3-dir-backup <dir> --bucket <name> [--prefix p/] [--endpoint url] [--keep N] [--dry-run]');
    process.exit(2);
  }
  const { file, listed } = await createArchive(o.dir, o);
  console.log(`archived ${listed.length} entries -> ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`);
  if (o.dryRun) {
    listed.slice(0, 50).forEach((p) => console.log('  ' + p));
    if (listed.length > 50) console.log(`  … ${listed.length - 50} more`);
    console.log(`dry run: would upload to s3://${o.bucket}/${o.prefix || ''}`);
    return;
  }
  const { client, key } = await upload({ file, ...o });
  console.log(`uploaded s3://${o.bucket}/${key}`);
  const removed = await prune({ client, bucket: o.bucket, prefix: o.prefix, keep: o.keep });
  if (removed.length) console.log(`pruned ${removed.length} old backup(s)`);
  fs.unlinkSync(file);
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
