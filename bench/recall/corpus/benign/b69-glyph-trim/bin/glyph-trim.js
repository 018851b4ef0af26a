#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { trim, parseUnicodeRanges } = require('../lib');

const args = process.argv.slice(2);
const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const text = opt('--text');
const textFile = opt('--text-file');
const unicodes = opt('--unicodes');
const [input, output] = args;
if (!input || !output) {
  console.error('usage: glyph-trim <in.ttf> <out.ttf> [--text "…"] [--text-file page.html] [--unicodes U+0020-007E,U+00E9]');
  process.exit(2);
}
let t = text || '';
if (textFile) t += fs.readFileSync(textFile, 'utf8').replace(/<[^>]+>/g, ' ');
const r = trim(fs.readFileSync(input), { text: t, unicodes: unicodes ? parseUnicodeRanges(unicodes) : [] });
fs.writeFileSync(output, r.font);
console.log(`${input}: kept ${r.kept}/${r.total} glyphs, ${(r.before / 1024).toFixed(1)} KiB -> ${(r.after / 1024).toFixed(1)} KiB`);
