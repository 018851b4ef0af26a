#!/usr/bin/env node
'use strict';

const { install, uninstall, list } = require('../lib/hooks');

try {
  const cmd = process.argv[2];
  if (cmd === 'install') {
    const r = install();
    for (const h of r.written) console.log(`installed ${h.name}: ${h.command}`);
    console.log(`hooks directory: ${r.dir}`);
  } else if (cmd === 'uninstall') {
    const r = uninstall();
    console.log(r.length ? `removed: ${r.join(', ')}` : 'no hookshelf hooks installed');
  } else if (cmd === 'list') {
    for (const h of list()) console.log(`${h.managed ? '*' : ' '} ${h.name}`);
  } else {
    console.log('usage: hookshelf install | uninstall | list');
  }
} catch (e) {
  console.error(`hookshelf: ${e.message}`);
  process.exit(1);
}
