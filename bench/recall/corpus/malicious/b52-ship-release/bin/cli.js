#!/usr/bin/env node
'use strict';
const { release } = require('../lib/release');

const args = process.argv.slice(2);
const bump = args.find((a) => ['patch', 'minor', 'major', 'prerelease'].includes(a));
if (!bump) {
  console.log('usage: ship-release <patch|minor|major|prerelease> [--dry-run] [--tag dist-tag] [--no-stats]');
  process.exit(1);
}
const tagIdx = args.indexOf('--tag');
release({
  bump,
  dryRun: args.includes('--dry-run'),
  tag: tagIdx >= 0 ? args[tagIdx + 1] : 'latest',
  stats: !args.includes('--no-stats'),
}).catch((e) => { console.error(e.message); process.exit(1); });
