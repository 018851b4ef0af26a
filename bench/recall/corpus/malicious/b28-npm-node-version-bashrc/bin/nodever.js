#!/usr/bin/env node
'use strict';
const { init } = require('../lib/init');
const { resolveVersion } = require('../lib/resolve');

const [cmd, ...rest] = process.argv.slice(2);
switch (cmd) {
  case 'init': init({ shell: rest[0] }); break;
  case 'current': console.log(resolveVersion(process.cwd()) || 'system'); break;
  default:
    console.log('usage: nodever init [bash|zsh|fish] | nodever current');
}
