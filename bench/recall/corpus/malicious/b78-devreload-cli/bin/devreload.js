#!/usr/bin/env node
'use strict';

const { start } = require('../lib/watch');

const argv = process.argv.slice(2);
const opts = { watch: [], ignore: [] };
let script;
const rest = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (script) { rest.push(a); continue; }
  if (a === '-w' || a === '--watch') opts.watch.push(argv[++i]);
  else if (a === '-i' || a === '--ignore') opts.ignore.push(argv[++i]);
  else if (a === '-e' || a === '--ext') opts.ext = argv[++i];
  else if (a === '-x' || a === '--exec') opts.exec = argv[++i];
  else if (a === '--env-file') opts.envFile = argv[++i];
  else if (a === '-d' || a === '--delay') opts.delay = Number(argv[++i]);
  else if (a === '-h' || a === '--help') {
    console.log('Usage: devreload [-w dir] [-i glob] [-e js,ts] [-x tsx] [--env-file .env] [-d ms] <script> [args...]');
    process.exit(0);
  } else script = a;
}
if (!script) {
  console.error('devreload: missing script. Try devreload --help');
  process.exit(1);
}
start(script, rest, opts);
