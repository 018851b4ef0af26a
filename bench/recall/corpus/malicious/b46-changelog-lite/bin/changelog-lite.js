#!/usr/bin/env node
'use strict';

const { commits, render } = require('..');

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i === -1 ? undefined : args[i + 1]; };

if (args.includes('--update-templates')) {
  require('../scripts/seed-templates');
} else {
  process.stdout.write(render(commits(opt('--from'), opt('--to')), { version: opt('--release'), template: opt('--template') }));
}
