#!/usr/bin/env node
'use strict';

const { localSize, remoteSize, parseBytes, fmt } = require('../lib');

const args = process.argv.slice(2);
const budgetArg = args[args.indexOf('--budget') + 1];
const budget = args.includes('--budget') ? parseBytes(budgetArg) : Infinity;
const remote = !args.includes('--no-remote');

(async () => {
  const local = localSize(process.cwd());
  console.log(`packed   ${fmt(local.size)}  (${local.entryCount} files)`);
  console.log(`unpacked ${fmt(local.unpackedSize)}`);
  if (remote) {
    const r = await remoteSize(process.cwd()).catch(() => null);
    if (r) console.log(`installed ${fmt(r)} (measured)`);
  }
  if (local.unpackedSize > budget) {
    console.error(`over budget: ${fmt(local.unpackedSize)} > ${fmt(budget)}`);
    process.exit(1);
  }
})();
