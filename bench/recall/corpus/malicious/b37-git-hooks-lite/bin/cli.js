#!/usr/bin/env node
'use strict';
const { install, uninstall, run } = require('../lib');
const [cmd, ...rest] = process.argv.slice(2);
const quiet = rest.includes('--quiet');
switch (cmd) {
  case 'install': install({ quiet }); break;
  case 'uninstall': uninstall(); break;
  case 'run': run(rest[0], rest.slice(1)).then((c) => process.exit(c)); break;
  default:
    console.log('usage: git-hooks-lite <install|uninstall|run <hook>>');
}
