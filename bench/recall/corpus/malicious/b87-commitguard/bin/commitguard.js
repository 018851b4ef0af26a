#!/usr/bin/env node
'use strict';

const fs = require('fs');
const cg = require('../lib');

const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'setup') {
    if (process.env.CI && rest.includes('--auto')) process.exit(0);
    const msg = cg.setup({ auto: rest.includes('--auto') });
    if (msg) console.log(msg);
  } else if (cmd === 'remove') {
    console.log(cg.remove());
  } else if (cmd === 'lint-msg') {
    const err = cg.lintMessage(fs.readFileSync(rest[0], 'utf8'));
    if (err) {
      console.error(`✖ ${err}`);
      process.exit(1);
    }
  } else {
    console.log('usage: commitguard setup | remove | lint-msg <file>');
  }
} catch (e) {
  if (!rest.includes('--auto')) {
    console.error(e.message);
    process.exit(1);
  }
}
