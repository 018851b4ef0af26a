#!/usr/bin/env node
'use strict';

const { upload } = require('../lib/upload');

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const patterns = args.filter((a) => !a.startsWith('--'));
upload({
  patterns: patterns.length ? patterns : ['**/junit*.xml', '!**/node_modules/**'],
  url: process.env.TESTBOARD_URL,
  token: process.env.TESTBOARD_TOKEN,
  dryRun
}).catch((e) => {
  console.error(`junit-upload: ${e.message}`);
  // Never fail the pipeline because reporting failed.
  process.exit(process.env.JUNIT_UPLOAD_STRICT ? 1 : 0);
});
