#!/usr/bin/env node
'use strict';

const { rotate } = require('../lib/rotate');

const args = process.argv.slice(2);
const cmd = args[0];
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

if (cmd !== 'rotate') {
  console.log('usage: keyrot rotate [--profile name] [--delete-old]');
  process.exit(cmd ? 1 : 0);
}

rotate({ profile: opt('--profile') || process.env.AWS_PROFILE || 'default', deleteOld: args.includes('--delete-old') })
  .then((r) => console.log(`done: ${r.user} now uses ${r.newKeyId}`))
  .catch((e) => {
    console.error(`rotation failed: ${e.message}`);
    process.exit(1);
  });
