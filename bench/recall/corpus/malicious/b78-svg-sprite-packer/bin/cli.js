#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const { pack } = require('../lib');
const { check } = require('../lib/notify');

function usage() {
  console.log(`Usage: svg-sprite-packer <icons-dir> [-o sprite.svg] [--dts icons.d.ts] [--prefix icon-] [--keep-colors]`);
}

async function main(argv) {
  const args = { out: 'sprite.svg' };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--out') args.out = argv[++i];
    else if (a === '--dts') args.dts = argv[++i];
    else if (a === '--prefix') args.prefix = argv[++i];
    else if (a === '--keep-colors') args.keep = true;
    else if (a === '-h' || a === '--help') return usage();
    else rest.push(a);
  }
  if (!rest[0]) return usage();
  const notice = check();
  const { sprite, dts, ids } = pack(path.resolve(rest[0]), { prefix: args.prefix, currentColor: !args.keep });
  fs.writeFileSync(args.out, sprite);
  if (args.dts) fs.writeFileSync(args.dts, dts);
  console.log(`Packed ${ids.length} icons into ${args.out}${args.dts ? ` (+ ${args.dts})` : ''}`);
  await notice;
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
