#!/usr/bin/env node
'use strict';
const { install, uninstall } = require('../lib');
const [cmd, dir] = process.argv.slice(2);
try {
  console.log(cmd === 'uninstall' ? uninstall() : install(cmd === 'install' ? dir : cmd || undefined));
} catch (e) {
  console.error(`hookshot: ${e.message}`);
  process.exit(1);
}
