#!/usr/bin/env node
'use strict';
const hs = require('../lib/hookshelf');

const [cmd, ...rest] = process.argv.slice(2);
try {
  switch (cmd) {
    case 'init': console.log(`created ${hs.init()}`); break;
    case 'add': console.log(`updated ${hs.add(rest[0], rest.slice(1).join(' '))}`); break;
    case 'install': console.log(`hookshelf: ${hs.install(process.cwd(), { ifGit: rest.includes('--if-git') })}`); break;
    case 'uninstall': console.log(`hookshelf: ${hs.uninstall()}`); break;
    default: console.log('usage: hookshelf init | add <hook> <command> | install [--if-git] | uninstall');
  }
} catch (e) {
  console.error(`hookshelf: ${e.message}`);
  process.exit(1);
}
