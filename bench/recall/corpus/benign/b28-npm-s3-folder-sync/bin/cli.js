#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { sync } = require('../lib/sync');

function parse(argv) {
  const o = { exclude: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--bucket') o.bucket = argv[++i];
    else if (a === '--prefix') o.prefix = argv[++i];
    else if (a === '--region') o.region = argv[++i];
    else if (a === '--endpoint') o.endpoint = argv[++i];
    else if (a === '--profile') o.profile = argv[++i];
    else if (a === '--exclude') o.exclude.push(argv[++i]);
    else if (a === '--delete') o.delete = true;
    else if (a === '--dry-run') o.dryRun = true;
    else if (!o.dir) o.dir = a;
  }
  return o;
}

const cfgFile = path.join(os.homedir(), '.config', 's3-folder-sync.json');
const saved = fs.existsSync(cfgFile) ? JSON.parse(fs.readFileSync(cfgFile, 'utf8')) : {};
const opts = { ...saved, ...parse(process.argv.slice(2)) };

if (!opts.dir || !opts.bucket) {
  console.error('usage: s3-folder-sync <dir> --bucket <name> [--prefix p/] [--region r] [--endpoint url] [--profile p] [--exclude glob] [--delete] [--dry-run]');
  process.exit(2);
}
if (opts.profile) process.env.AWS_PROFILE = opts.profile;

sync(opts).then((r) => {
  console.log(`${opts.dryRun ? '[dry-run] ' : ''}uploaded ${r.uploaded}, skipped ${r.skipped}, deleted ${r.deleted}`);
}).catch((e) => { console.error(e.message); process.exit(1); });
