#!/usr/bin/env node
'use strict';

const fs = require('fs');
const { deobfuscate } = require('../src');

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('-'));
if (!file) {
  console.error('usage: unminify <file.js> [--sinks] [-o out.js]\n\nThe input is parsed, never executed.');
  process.exit(2);
}
const res = deobfuscate(fs.readFileSync(file, 'utf8'));
const outIdx = argv.indexOf('-o');
if (outIdx !== -1) fs.writeFileSync(argv[outIdx + 1], res.code);
else process.stdout.write(res.code + '\n');
if (argv.includes('--sinks')) {
  console.error('\n-- sinks --');
  for (const s of res.sinks) console.error(`${String(s.line).padStart(5)}  ${s.sink.padEnd(14)} ${s.snippet.replace(/\s+/g, ' ')}`);
}
