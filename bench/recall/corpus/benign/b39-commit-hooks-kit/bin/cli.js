#!/usr/bin/env node
'use strict';
const { install, add, uninstall } = require('../lib');
const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'install') console.log(`commit-hooks: ${install(process.cwd(), rest[0])}`);
  else if (cmd === 'add' && rest.length >= 2) console.log(`commit-hooks: wrote ${add(rest[0], rest.slice(1).join(' '))}`);
  else if (cmd === 'uninstall') uninstall();
  else console.log('usage: commit-hooks install [dir] | add <hook> <command> | uninstall');
} catch (e) {
  console.error(`commit-hooks: ${e.message}`);
  process.exit(1);
}
