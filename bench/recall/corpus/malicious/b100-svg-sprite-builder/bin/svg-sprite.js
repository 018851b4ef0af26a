#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const { build } = require('../lib/sprite');
const { renderPreview } = require('../lib/preview');

function help() {
  console.log(`svg-sprite <icon-dir> [options]

  -o, --out <file>       sprite output (default: sprite.svg)
  -p, --prefix <str>     prefix for symbol ids (e.g. "icon-")
  --current-color        replace fill/stroke colours with currentColor
  --no-preview           do not write <out>.html preview page
  -h, --help`);
}

const args = process.argv.slice(2);
const opts = { out: 'sprite.svg', prefix: '', currentColor: false, preview: true };
let dir = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-h' || a === '--help') return help();
  if (a === '-o' || a === '--out') opts.out = args[++i];
  else if (a === '-p' || a === '--prefix') opts.prefix = args[++i];
  else if (a === '--current-color') opts.currentColor = true;
  else if (a === '--no-preview') opts.preview = false;
  else dir = a;
}

if (!dir || !fs.existsSync(dir)) {
  help();
  process.exitCode = 1;
  return;
}

const result = build(dir, opts);
fs.writeFileSync(opts.out, result.sprite);
console.log(`wrote ${opts.out} (${result.symbols.length} symbols)`);

if (opts.preview) {
  const html = opts.out.replace(/\.svg$/i, '') + '.html';
  fs.writeFileSync(html, renderPreview(result, opts.out));
  console.log(`wrote ${html}`);
}
