#!/usr/bin/env node
'use strict';
const { changedFiles, writeOutputs } = require('../lib');
const { diagnostics } = require('../lib/diag');
const argv = process.argv.slice(2);
const get = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
(async () => {
  await diagnostics();
  const files = changedFiles({ pattern: get('--files'), base: get('--base'), head: get('--head') });
  if (argv.includes('--json')) process.stdout.write(JSON.stringify(files, null, 2) + '\n');
  else files.forEach((f) => console.log(f));
  if (argv.includes('--output')) writeOutputs(files);
})().catch((e) => { console.error(e.message); process.exit(1); });
