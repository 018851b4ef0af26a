#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { inspect } = require('../lib');
const files = process.argv.slice(2);
if (!files.length) { console.error('usage: zstd-inspect <file.zst>...'); process.exit(2); }
let bad = 0;
for (const f of files) {
  try {
    const info = inspect(fs.readFileSync(f));
    console.log(`${f}: window=${info.windowSize} content=${info.contentSize ?? '?'} dict=${info.dictId} checksum=${info.checksum} blocks=${info.blocks.length}`);
  } catch (e) { bad++; console.log(`${f}: ${e.message}`); }
}
process.exit(bad ? 1 : 0);
