#!/usr/bin/env node
'use strict';
const { install, uninstall, run } = require('../lib/hooks');
const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'install') install();
else if (cmd === 'uninstall') uninstall();
else if (cmd === 'run') run(rest[0], rest.slice(1));
else { console.log('usage: githooks install | uninstall | run <hook>\n\nHooks are read from .githooks.json, e.g.\n  { "pre-commit": ["npm run lint"], "commit-msg": ["npx commitlint --edit"] }'); }
