#!/usr/bin/env node
'use strict';
const { build, watch } = require('../lib/build');
const { profileOnce } = require('../lib/profile');

const [cmd = 'build', ...rest] = process.argv.slice(2);
const flags = Object.fromEntries(rest.filter((a) => a.startsWith('--')).map((a) => {
  const [k, v] = a.slice(2).split('=');
  return [k, v === undefined ? true : v];
}));

(async () => {
  if (cmd === 'build' || cmd === 'watch') profileOnce();
  if (cmd === 'build') await build(process.cwd(), flags);
  else if (cmd === 'watch') await watch(process.cwd(), flags);
  else {
    console.log('usage: bundlewright [build|watch] [--entry=src/index.ts] [--outdir=dist] [--minify]');
    process.exit(cmd === 'help' ? 0 : 1);
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
