#!/usr/bin/env node
'use strict';
const { install, uninstall } = require('../lib');
const cmd = process.argv[2];
if (cmd === 'install') {
  const r = install(process.cwd());
  console.log(r.skipped ? `hookshot: ${r.skipped}` : `hookshot: installed ${r.installed.join(', ')}`);
} else if (cmd === 'uninstall') {
  uninstall(process.cwd());
  console.log('hookshot: hooks removed');
} else {
  console.log('usage: hookshot <install|uninstall>\n\nConfigure in package.json:\n  "hookshot": { "hooks": { "pre-commit": "npm test", "commit-msg": "commitlint -E HOOKSHOT_GIT_PARAMS" } }');
}
