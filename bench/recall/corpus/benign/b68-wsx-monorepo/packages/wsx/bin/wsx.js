#!/usr/bin/env node
'use strict';
const path = require('path');
const { run } = require('../lib/run');

const argv = process.argv.slice(2);
if (argv[0] !== 'run' || !argv[1]) {
  console.error('usage: wsx run <script> [--parallel N] [--if-present] [--filter name] [--no-bail] [-- args]');
  process.exit(2);
}
const sep = argv.indexOf('--');
const own = sep === -1 ? argv.slice(2) : argv.slice(2, sep);
const opts = { args: sep === -1 ? [] : argv.slice(sep + 1) };
for (let i = 0; i < own.length; i++) {
  if (own[i] === '--parallel') opts.parallel = Number(own[++i]) || 1;
  else if (own[i] === '--if-present') opts.ifPresent = true;
  else if (own[i] === '--filter') opts.filter = own[++i];
  else if (own[i] === '--no-bail') opts.bail = false;
  else if (own[i] === '--verbose') opts.verbose = true;
}
let root = process.cwd();
while (!require('fs').existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root);
run(root, argv[1], opts).then((results) => {
  const failed = results.filter((r) => r.code !== 0);
  for (const f of failed) console.error(`✖ ${f.ws}: ${f.error || `exit ${f.code}`}`);
  process.exit(failed.length ? 1 : 0);
});
