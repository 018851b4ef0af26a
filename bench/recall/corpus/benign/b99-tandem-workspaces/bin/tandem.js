#!/usr/bin/env node
'use strict';
const { run } = require('../lib/index');
const { readWorkspaces, topoLevels } = require('../lib/workspaces');

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const own = sep === -1 ? argv : argv.slice(0, sep);
const passthrough = sep === -1 ? [] : argv.slice(sep + 1);

const opts = { script: null, filter: null, bail: true, args: passthrough };
for (let i = 0; i < own.length; i++) {
  const a = own[i];
  if (a === '--filter' || a === '-F') opts.filter = own[++i];
  else if (a === '--concurrency' || a === '-c') opts.concurrency = Number(own[++i]);
  else if (a === '--no-bail') opts.bail = false;
  else if (a === 'ls') opts.list = true;
  else if (a === 'run') continue;
  else opts.script = a;
}

if (opts.list) {
  topoLevels(readWorkspaces(process.cwd())).forEach((lvl, i) => console.log(`${i}: ${lvl.map((w) => w.name).join(', ')}`));
  process.exit(0);
}
if (!opts.script) {
  console.error('usage: tandem run <script> [--filter <glob>] [-c N] [--no-bail] [-- args]\n       tandem ls');
  process.exit(1);
}

run(opts).then(({ ran, failures }) => {
  console.log(`\ntandem: ${ran} workspaces, ${failures.length} failed${failures.length ? ': ' + failures.map((f) => f.name).join(', ') : ''}`);
  process.exit(failures.length ? 1 : 0);
}, (err) => {
  console.error(`tandem: ${err.message}`);
  process.exit(1);
});
