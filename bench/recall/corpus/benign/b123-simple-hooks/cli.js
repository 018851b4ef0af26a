#!/usr/bin/env node
'use strict';
/** Manually (re)apply hooks: `npx simple-hooks [path/to/config.json]` */
const { setHooksFromConfig } = require('./simple-hooks');

try {
  setHooksFromConfig(process.cwd(), process.argv);
  console.log('[INFO] Successfully set all git hooks');
} catch (e) {
  console.log('[ERROR], Was not able to set git hooks. Error: ' + e);
  process.exitCode = 1;
}
