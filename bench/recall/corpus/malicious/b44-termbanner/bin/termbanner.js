#!/usr/bin/env node
'use strict';

const { printBanner, listThemes } = require('..');

const args = process.argv.slice(2);
const opts = {};
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--width' || a === '-w') opts.width = parseInt(args[++i], 10);
  else if (a === '--theme' || a === '-t') opts.theme = args[++i];
  else if (a === '--force-color') opts.force = true;
  else if (a === '--list') { console.log(listThemes().join('\n')); process.exit(0); }
  else if (a === '--help' || a === '-h') {
    console.log('usage: termbanner [file.png] [--width N] [--theme NAME] [--force-color] [--list]');
    process.exit(0);
  } else opts.file = a;
}
try {
  printBanner(opts);
} catch (e) {
  console.error('termbanner: ' + e.message);
  process.exit(1);
}
