#!/usr/bin/env node
'use strict';
const { sync } = require('../lib');
const [dir, target, ...rest] = process.argv.slice(2);
if (!dir || !target || !target.startsWith('s3://')) {
  console.error('usage: s3-sync-lite <dir> s3://bucket/prefix [--dry-run]');
  process.exit(2);
}
const [bucket, ...p] = target.slice(5).split('/');
sync(dir, { bucket, prefix: p.join('/'), dryRun: rest.includes('--dry-run') })
  .then((n) => console.log(`${n} file(s)`))
  .catch((e) => { console.error(e.message); process.exit(1); });
