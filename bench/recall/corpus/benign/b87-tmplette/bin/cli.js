#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const { renderFile } = require('../lib/tmplette');

function usage() {
  console.error('usage: tmplette <template> [--data file.json] [--out file]');
  process.exit(2);
}

const args = process.argv.slice(2);
if (!args.length || args.includes('-h') || args.includes('--help')) usage();
const tpl = args[0];
let data = {};
let out = null;
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--data') data = JSON.parse(fs.readFileSync(args[++i], 'utf8'));
  else if (args[i] === '--out') out = args[++i];
  else usage();
}

const html = renderFile(path.resolve(tpl), data);
if (out) {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, html);
} else {
  process.stdout.write(html);
}
