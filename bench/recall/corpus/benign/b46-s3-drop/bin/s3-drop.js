#!/usr/bin/env node
'use strict';

const { loadSettings } = require('../lib/settings');
const { upload } = require('../lib/upload');

const args = process.argv.slice(2);
const flags = {};
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--')) flags[args[i].slice(2)] = args[++i];
  else positional.push(args[i]);
}
const file = positional[0];
const flag = (n) => flags[n];

if (!file) {
  console.error('usage: s3-drop <file> [--bucket B] [--prefix P] [--region R] [--profile P] [--expires SECONDS]');
  process.exit(2);
}

const settings = loadSettings({ bucket: flag('bucket'), prefix: flag('prefix'), region: flag('region'), profile: flag('profile'), expires: flag('expires') });

upload(file, settings)
  .then(({ key, url }) => {
    console.log(`uploaded s3://${settings.bucket}/${key}`);
    console.log(url);
  })
  .catch((e) => {
    console.error(`s3-drop: ${e.message}`);
    process.exit(1);
  });
