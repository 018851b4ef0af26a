#!/usr/bin/env node
'use strict';
const path = require('path');
const { install, uninstall, run, gitRoot } = require('../lib');

const [cmd, ...rest] = process.argv.slice(2);

if (cmd === 'install') {
  const fromPostinstall = rest.includes('--from-postinstall');
  if (fromPostinstall && (process.env.CI || process.env.HOOKSHED === '0')) process.exit(0);
  // As a dependency, npm runs us inside node_modules; INIT_CWD is the project the user installed into.
  const start = fromPostinstall ? (process.env.INIT_CWD || process.cwd()) : process.cwd();
  if (fromPostinstall && start.split(path.sep).includes('node_modules')) process.exit(0);
  const root = gitRoot(start);
  if (!root) { if (!fromPostinstall) console.error('hookshed: not inside a git repository'); process.exit(0); }
  const done = install(root);
  if (done.length) console.log(`hookshed: installed ${done.join(', ')}`);
} else if (cmd === 'uninstall') {
  const root = gitRoot(process.cwd());
  if (root) uninstall(root);
} else if (cmd === 'run') {
  const root = gitRoot(process.cwd());
  process.exit(root ? run(root, rest[0], rest.slice(1)) : 0);
} else {
  console.log('hookshed install | uninstall | run <hook>\nConfigure in .hookshed.json: { "pre-commit": ["npm run lint"], "pre-push": "npm test" }\nSet HOOKSHED=0 to skip hooks.');
}
