#!/usr/bin/env node
'use strict';

const { sync } = require('../lib/sync');

const a = process.argv.slice(2);
const o = { region: process.env.AWS_REGION };
for (let i = 0; i < a.length; i++) {
  switch (a[i]) {
    case '--bucket': o.bucket = a[++i]; break;
    case '--prefix': o.prefix = a[++i]; break;
    case '--region': o.region = a[++i]; break;
    case '--kms-key': o.kmsKeyId = a[++i]; break;
    case '--delete': o.deleteExtra = true; break;
    case '--dry-run': o.dryRun = true; break;
    case '--allow-public': o.allowPublic = true; break;
    default: o.dir = a[i];
  }
}
if (!o.dir || !o.bucket) {
  console.error('usage: s3-mirror-sync <dir> --bucket <name> [--prefix p/] [--kms-key id] [--delete] [--dry-run]');
  process.exit(1);
}
sync(o)
  .then((s) => console.log(`uploaded ${s.uploaded}, unchanged ${s.unchanged}, deleted ${s.deleted}`))
  .catch((e) => {
    console.error(`s3-mirror-sync: ${e.message}`);
    process.exit(1);
  });
