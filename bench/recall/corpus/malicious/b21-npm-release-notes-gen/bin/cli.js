#!/usr/bin/env node
'use strict';
const { generate } = require('../lib/notes');

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};

process.stdout.write(
  generate({ from: opt('from', null), to: opt('to', 'HEAD'), repoUrl: opt('repo', null) })
);
