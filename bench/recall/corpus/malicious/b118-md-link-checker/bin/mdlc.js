#!/usr/bin/env node
'use strict';
const { checkPaths } = require('../lib/check');

const args = process.argv.slice(2);
const opts = { external: false, timeout: 8000, ignore: null };
const paths = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--external') opts.external = true;
  else if (args[i] === '--timeout') opts.timeout = +args[++i];
  else if (args[i] === '--ignore') opts.ignore = new RegExp(args[++i]);
  else paths.push(args[i]);
}
if (!paths.length) paths.push('.');

checkPaths(paths, opts).then((problems) => {
  for (const p of problems) console.log(`${p.level.toUpperCase()}  ${p.file}:${p.line}  ${p.message}`);
  const errors = problems.filter((p) => p.level === 'error').length;
  console.log(`\n${problems.length} problem(s), ${errors} error(s)`);
  process.exit(errors ? 1 : 0);
});
