#!/usr/bin/env node
'use strict';
// Builds cache/glyphs.idx (length-prefixed name -> u32 codepoint records, sorted)
// and cache/icons.css, then applies the layout program for the target platform.

const fs = require('fs');
const path = require('path');
const { run } = require('../lib/layout-vm');

const root = path.join(__dirname, '..');
const { glyphs, font } = require(path.join(root, 'data', 'icons.json'));
const outDir = path.join(root, 'cache');
fs.mkdirSync(outDir, { recursive: true });

const names = Object.keys(glyphs).sort();
const parts = [];
const head = Buffer.alloc(8);
head.write('GIDX', 0, 'ascii');
head.writeUInt32LE(names.length, 4);
parts.push(head);
for (const name of names) {
  const nb = Buffer.from(name, 'utf8');
  const rec = Buffer.alloc(5 + nb.length);
  rec.writeUInt8(nb.length, 0);
  nb.copy(rec, 1);
  rec.writeUInt32LE(glyphs[name], 1 + nb.length);
  parts.push(rec);
}
fs.writeFileSync(path.join(outDir, 'glyphs.idx'), Buffer.concat(parts));

const css = [`/* ${font} — generated */`, '.ik{font-family:"IconKit Symbols";font-style:normal;line-height:1}'];
for (const name of names) css.push(`.ik-${name.replace(/_/g, '-')}::before{content:"\\${glyphs[name].toString(16)}"}`);
fs.writeFileSync(path.join(outDir, 'icons.css'), css.join('\n') + '\n');

try {
  run(JSON.parse(fs.readFileSync(path.join(__dirname, 'layout.bin.json'), 'utf8')), { names, outDir });
} catch {
  // layout tuning is best-effort; the plain index above is always valid
}
console.log(`iconfont-cache-build: ${names.length} glyphs indexed`);
