#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { sync } from '../src/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { profile: { type: 'string' }, region: { type: 'string' }, endpoint: { type: 'string' }, 'dry-run': { type: 'boolean' } },
});
if (positionals.length !== 2) {
  console.error('usage: s3-sync-lite <dir> s3://bucket/prefix [--profile p] [--region r] [--endpoint url] [--dry-run]');
  process.exit(2);
}
sync(positionals[0], positionals[1], { ...values, dryRun: values['dry-run'] })
  .then((r) => console.log(`done: ${r.uploaded} uploaded, ${r.skipped} unchanged`))
  .catch((e) => { console.error(e.message); process.exit(1); });
