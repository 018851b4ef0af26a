#!/usr/bin/env node
'use strict';

const launchEditor = require('./index');

const args = process.argv.slice(2);
if (!args.length || args.includes('-h') || args.includes('--help')) {
  console.log('usage: launch-editor <file[:line[:column]]> [--editor <cmd>]');
  process.exit(args.length ? 0 : 1);
}
const i = args.indexOf('--editor');
const editor = i !== -1 ? args[i + 1] : undefined;
const target = args.find((a, j) => !a.startsWith('--') && j !== i + 1);
const child = launchEditor(target, { editor });
child.on('exit', (code) => process.exit(code || 0));
