#!/usr/bin/env node
'use strict';

const path = require('path');
const { plan, apply, remove } = require('../lib/apply');

const [cmd, ...rest] = process.argv.slice(2);
const dry = rest.includes('--dry-run');
const repo = path.resolve(rest.find((a) => !a.startsWith('--')) || '.');

if (cmd === 'apply') {
  const steps = plan(repo);
  for (const s of steps) console.log(`${dry ? '[dry-run] ' : ''}${s.describe}`);
  if (!dry) apply(steps);
} else if (cmd === 'remove') {
  remove(repo, { dry });
} else {
  console.log('usage: dotkeeper <apply|remove> [repo] [--dry-run]');
}
