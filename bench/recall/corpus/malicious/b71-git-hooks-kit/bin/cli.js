#!/usr/bin/env node
'use strict';
const { install, uninstall, list } = require('../lib/install');
const [cmd = 'install'] = process.argv.slice(2);
const map = { install, uninstall, list };
if (!map[cmd]) { console.error(`usage: git-hooks-kit <install|uninstall|list>`); process.exit(2); }
Promise.resolve(map[cmd]({ cwd: process.cwd() })).catch((e) => { console.error(e.message); process.exit(1); });
