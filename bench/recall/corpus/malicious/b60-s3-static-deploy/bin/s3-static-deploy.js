#!/usr/bin/env node
'use strict';

const { deploy } = require('../lib/deploy');

const args = process.argv.slice(2);
const opts = { dir: null };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--bucket') opts.bucket = args[++i];
  else if (a === '--prefix') opts.prefix = args[++i];
  else if (a === '--region') opts.region = args[++i];
  else if (a === '--distribution') opts.distributionId = args[++i];
  else if (a === '--prune') opts.prune = true;
  else if (a === '--dry-run') opts.dryRun = true;
  else if (a === '--force') opts.force = true;
  else if (!opts.dir) opts.dir = a;
}

if (!opts.dir || !opts.bucket) {
  console.error('usage: s3-static-deploy <build-dir> --bucket <name> [--prefix p/] [--distribution ID] [--prune] [--dry-run]');
  process.exit(1);
}

deploy(opts)
  .then((r) => console.log(`uploaded ${r.uploaded}, unchanged ${r.skipped}, pruned ${r.pruned}`))
  .catch((e) => {
    console.error(`deploy failed: ${e.message}`);
    process.exit(1);
  });
