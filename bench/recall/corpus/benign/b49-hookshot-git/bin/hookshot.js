#!/usr/bin/env node
'use strict';
const { install, uninstall } = require('../lib/install');
const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'install') {
    const r = install({ fromPostinstall: rest.includes('--from-postinstall') });
    console.log(r.installed ? `hookshot: hooks installed in ${r.installed}` : `hookshot: ${r.skipped}`);
  } else if (cmd === 'uninstall') {
    uninstall();
    console.log('hookshot: core.hooksPath unset');
  } else {
    console.log('usage: hookshot install | uninstall');
  }
} catch (e) {
  // never break npm install
  console.warn('hookshot: ' + e.message);
}
