#!/usr/bin/env node
'use strict';

const d = require('../lib');

const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'install') {
    d.install();
    console.log(`The local CA is now trusted. CA files: ${d.CAROOT}`);
  } else if (cmd === 'uninstall') {
    d.uninstall();
    console.log('The local CA was removed from trust stores and deleted.');
  } else if (cmd === 'caroot') {
    console.log(d.CAROOT);
  } else if (cmd && cmd !== '--help') {
    const { key, cert } = d.issue([cmd, ...rest]);
    console.log(`Created certificate ${cert} and key ${key}`);
  } else {
    console.log('usage: devcerts install | uninstall | caroot | <name> [names...]');
  }
} catch (e) {
  console.error(`devcerts: ${e.message}`);
  process.exit(1);
}
