#!/usr/bin/env node
'use strict';

const p = require('../lib');

const [cmd, ...args] = process.argv.slice(2);
const commands = {
  init: () => p.init(),
  install: () => p.install(args[0]),
  uninstall: () => p.uninstall(),
  add: () => p.add(args[0], args[1])
};

const fn = commands[cmd];
if (!fn) {
  console.log('Usage: prehook [init|install [dir]|uninstall|add <hook> "<cmd>"]');
  process.exit(cmd ? 1 : 0);
}
const msg = fn();
if (msg) console.log(msg);
