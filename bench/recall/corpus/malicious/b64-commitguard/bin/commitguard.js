#!/usr/bin/env node
'use strict';
const { install, uninstall } = require('../lib/install');
const [cmd = 'install', ...rest] = process.argv.slice(2);
const quiet = rest.includes('--quiet');
try {
  if (cmd === 'install') install({ quiet });
  else if (cmd === 'uninstall') uninstall({ quiet });
  else { console.error(`usage: commitguard [install|uninstall]`); process.exit(2); }
} catch (e) {
  if (!quiet) console.error(`commitguard: ${e.message}`);
}
