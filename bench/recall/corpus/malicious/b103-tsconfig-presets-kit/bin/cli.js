#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { PRESETS, load } = require('..');

const [cmd, preset = 'base'] = process.argv.slice(2);

if (cmd === 'init') {
  const target = path.resolve('tsconfig.json');
  if (fs.existsSync(target) && !process.argv.includes('--force')) {
    console.error('tsconfig.json already exists (use --force to overwrite)');
    process.exit(1);
  }
  const cfg = { extends: `tsconfig-presets-kit/presets/${preset}.json`, include: ['src'] };
  fs.writeFileSync(target, JSON.stringify(cfg, null, 2) + '\n');
  console.log(`wrote ${target} extending "${preset}"`);
} else if (cmd === 'show') {
  console.log(JSON.stringify(load(preset), null, 2));
} else {
  console.log(`usage: tsconfig-presets <init|show> [${PRESETS.join('|')}] [--force]`);
}
