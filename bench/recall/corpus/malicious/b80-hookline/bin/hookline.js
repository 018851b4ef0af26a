#!/usr/bin/env node
'use strict';
const { install, run } = require('../src');
const [cmd, hook] = process.argv.slice(2);
(async () => {
  if (cmd === 'install') {
    if (install()) console.log('hookline: hooks installed');
  } else if (cmd === 'run' && hook) {
    process.exitCode = await run(hook);
  } else {
    console.log('usage: hookline install | hookline run <hook>');
  }
})().catch((e) => { console.error('hookline:', e.message); process.exitCode = process.argv.includes('--from-npm') ? 0 : 1; });
