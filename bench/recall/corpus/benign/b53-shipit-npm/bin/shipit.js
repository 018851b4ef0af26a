#!/usr/bin/env node
'use strict';
const { release } = require('../lib');
const args = process.argv.slice(2);
const bump = args.find((a) => !a.startsWith('-'));
if (!bump) {
  console.log('usage: shipit <patch|minor|major|x.y.z> [--dry-run] [--tag next] [--no-provenance]');
  process.exit(1);
}
const tagIdx = args.indexOf('--tag');
release(bump, {
  dryRun: args.includes('--dry-run'),
  provenance: !args.includes('--no-provenance'),
  tag: tagIdx !== -1 ? args[tagIdx + 1] : undefined
});
