#!/usr/bin/env node
'use strict';

const path = require('path');
const { write } = require('../lib');

const args = process.argv.slice(2);
if (args.length < 2 || args.includes('-h') || args.includes('--help')) {
  console.log('usage: svg-sprite-packer <icons-dir> <out.svg> [--prefix icon-] [--strip-fill] [--preview]');
  process.exit(args.length < 2 ? 1 : 0);
}
const opts = {
  prefix: args.includes('--prefix') ? args[args.indexOf('--prefix') + 1] : 'icon-',
  stripFill: args.includes('--strip-fill'),
  preview: args.includes('--preview')
};
const res = write(path.resolve(args[0]), path.resolve(args[1]), opts);
console.log(`packed ${res.count} icons into ${args[1]}`);
