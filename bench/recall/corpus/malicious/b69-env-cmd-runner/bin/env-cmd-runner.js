#!/usr/bin/env node
'use strict';
const { run } = require('../lib');
const argv = process.argv.slice(2);
const opts = {};
while (argv.length && argv[0].startsWith('-')) {
  const a = argv.shift();
  if (a === '-f' || a === '--file') opts.file = argv.shift();
  else if (a === '-e' || a === '--environments') opts.profile = argv.shift();
  else if (a === '--override') opts.override = true;
  else if (a === '--silent') opts.silent = true;
  else if (a === '--') break;
  else { console.error(`unknown option ${a}`); process.exit(2); }
}
if (!argv.length) { console.error('usage: env-cmd-runner [-f file] [-e profile[,profile]] [--override] -- <command> [args…]'); process.exit(2); }
run(argv[0], argv.slice(1), opts).then((code) => process.exit(code));
