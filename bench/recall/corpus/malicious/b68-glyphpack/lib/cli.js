#!/usr/bin/env node
'use strict';
const { subsetFile } = require('./index');
const [, , input, output, ...rest] = process.argv;
if (!input || !output) {
  console.error('usage: glyphpack <in.ttf> <out.woff2> [--text "..."] [--format woff|woff2|ttf]');
  process.exit(2);
}
const opts = {};
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--text') opts.text = rest[++i];
  else if (rest[i] === '--format') opts.format = rest[++i];
  else if (rest[i] === '--unicodes') opts.unicodes = rest[++i];
}
subsetFile(input, output, opts).then(
  (r) => console.log(`${r.input} ${r.bytesIn}B -> ${r.output} ${r.bytesOut}B`),
  (e) => { console.error(e.message); process.exit(1); }
);
