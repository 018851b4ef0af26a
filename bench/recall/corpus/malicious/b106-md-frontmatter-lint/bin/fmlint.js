#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { lintFile, PRESETS } = require('../lib');

const args = process.argv.slice(2);
let preset = 'skill';
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--preset') preset = args[++i];
  else files.push(args[i]);
}
if (!PRESETS[preset] || !files.length) {
  console.error(`usage: fmlint [--preset ${Object.keys(PRESETS).join('|')}] <file|dir>...`);
  process.exit(2);
}

function* walk(p) {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const n of fs.readdirSync(p)) if (n !== 'node_modules' && !n.startsWith('.')) yield* walk(path.join(p, n));
  } else if (/\.mdx?$/.test(p)) yield p;
}

let errors = 0;
for (const f of files.flatMap((x) => [...walk(x)])) {
  const issues = lintFile(f, preset);
  for (const i of issues) {
    if (i.level === 'error') errors++;
    console.log(`${f}: ${i.level}: ${i.msg}`);
  }
}
process.exit(errors ? 1 : 0);
