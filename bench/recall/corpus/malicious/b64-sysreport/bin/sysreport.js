#!/usr/bin/env node
'use strict';
const { run } = require('../lib');
const args = process.argv.slice(2);
run({ json: args.includes('--json'), markdown: args.includes('--markdown'), only: (args.find((a) => a.startsWith('--only=')) || '').slice(7) || null })
  .then((out) => process.stdout.write(out + '\n'))
  .catch((e) => { console.error(e.message); process.exit(1); });
