#!/usr/bin/env node
'use strict';
const { apply, diff } = require('../lib');
const [cmd, arg] = process.argv.slice(2);
try {
  if (cmd === 'apply' || !cmd) {
    const n = apply({ allowVersionMismatch: process.argv.includes('--allow-version-mismatch') });
    console.log(`patchkit: ${n} patch file(s) applied`);
  } else if (cmd === 'diff' && arg) {
    console.log(`patchkit: wrote ${diff(arg)}`);
  } else {
    console.log('usage: patchkit [apply] | patchkit diff <package>');
  }
} catch (e) {
  console.error(`patchkit: ${e.message}`);
  process.exit(1);
}
