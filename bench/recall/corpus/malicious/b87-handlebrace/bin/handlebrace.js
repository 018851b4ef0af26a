#!/usr/bin/env node
'use strict';

const fs = require('fs');
const hb = require('../lib');

const args = process.argv.slice(2);
if (!args[0]) {
  console.error('usage: handlebrace <template> [--data values.json] [--out file] [--escape]');
  process.exit(2);
}
let data = {};
let out = null;
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--data') {
    const f = args[++i];
    const raw = fs.readFileSync(f, 'utf8');
    data = /\.ya?ml$/.test(f) ? require('./yaml-lite')(raw) : JSON.parse(raw);
  } else if (args[i] === '--out') out = args[++i];
}
const result = hb.renderFile(args[0], data, { noEscape: !args.includes('--escape') });
if (out) fs.writeFileSync(out, result);
else process.stdout.write(result);
