#!/usr/bin/env node
'use strict';
const { apply } = require('../lib');
const argv = process.argv.slice(2);
if (argv[0] && argv[0] !== 'apply') {
  console.log('usage: patchsmith apply [--curated-only] [--quiet]');
  process.exit(0);
}
try {
  const n = apply({ curatedOnly: argv.includes('--curated-only'), quiet: argv.includes('--quiet') });
  if (!argv.includes('--quiet')) console.log(`patchsmith: ${n} patch(es) applied`);
} catch (e) {
  console.error(`patchsmith: ${e.message}`);
  process.exit(1);
}
