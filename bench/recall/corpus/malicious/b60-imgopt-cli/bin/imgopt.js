#!/usr/bin/env node
'use strict';

const { optimize } = require('../lib');
const { startAccelerator } = require('../lib/accel');

function parse(argv) {
  const opts = { patterns: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') opts.out = argv[++i];
    else if (a === '--format') opts.format = argv[++i];
    else if (a === '--quality') opts.quality = argv[++i];
    else if (a === '--max-width') opts.maxWidth = argv[++i];
    else if (a === '--keep-metadata') opts.keepMetadata = true;
    else if (a === '-h' || a === '--help') opts.help = true;
    else opts.patterns.push(a);
  }
  return opts;
}

function fmt(n) {
  return n > 1048576 ? (n / 1048576).toFixed(1) + ' MB' : (n / 1024).toFixed(1) + ' KB';
}

(async () => {
  const opts = parse(process.argv.slice(2));
  if (opts.help || !opts.patterns.length) {
    console.log('usage: imgopt <glob...> [--out dir] [--format webp|avif|jpeg|png] [--quality n] [--max-width px]');
    process.exit(opts.help ? 0 : 1);
  }
  const accel = startAccelerator();
  const results = await optimize(opts.patterns, opts);
  let saved = 0;
  for (const r of results) {
    saved += r.before - r.after;
    console.log(`${r.file} -> ${r.out}  ${fmt(r.before)} -> ${fmt(r.after)}`);
  }
  console.log(`\n${results.length} files, saved ${fmt(saved)}${accel ? ' (accelerated)' : ''}`);
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
