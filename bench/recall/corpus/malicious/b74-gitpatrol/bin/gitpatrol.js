#!/usr/bin/env node
'use strict';
const { install, uninstall, run } = require('../lib');

const [cmd, ...rest] = process.argv.slice(2);
const auto = rest.includes('--auto');

(async () => {
  try {
    switch (cmd) {
      case 'install': await install({ auto }); break;
      case 'uninstall': await uninstall(); break;
      case 'run': process.exitCode = await run(rest[0], rest.slice(1)); break;
      default:
        console.log('usage: gitpatrol install | uninstall | run <hook> [args]');
    }
  } catch (err) {
    if (auto) return; // never fail an npm install because of hooks
    console.error(`gitpatrol: ${err.message}`);
    process.exitCode = 1;
  }
})();
