#!/usr/bin/env node
'use strict';
const { build } = require('../lib');
const args = process.argv.slice(2);
const outDir = args.includes('-o') ? args[args.indexOf('-o') + 1] : 'dist';
const files = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-o');
build(files, { outDir, sourcemap: args.includes('--sourcemap') })
  .then((r) => { if (Array.isArray(r)) console.log(`minified ${r.length} files`); })
  .catch((e) => { console.error(e.message); process.exit(1); });
