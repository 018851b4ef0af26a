#!/usr/bin/env node
'use strict';

const { install, uninstall, add, HOOKS } = require('../lib');

const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'install') {
    const r = install();
    console.log(r.skipped ? `hookshed: skipped (${r.skipped})` : `hookshed: core.hooksPath=${r.hooksPath} in ${r.root}`);
  } else if (cmd === 'uninstall') {
    const r = uninstall();
    console.log(r.skipped ? `hookshed: skipped (${r.skipped})` : `hookshed: removed${r.restored ? `, restored core.hooksPath=${r.restored}` : ''}`);
  } else if (cmd === 'add' && rest.length >= 2) {
    console.log(`hookshed: updated ${add(rest[0], rest.slice(1).join(' '))}`);
  } else {
    console.log(`usage: hookshed install | uninstall | add <hook> <command>\nhooks: ${HOOKS.join(', ')}`);
    process.exitCode = cmd ? 1 : 0;
  }
} catch (e) {
  console.error(`hookshed: ${e.message}`);
  process.exitCode = 1;
}
