#!/usr/bin/env node
'use strict';
const { release } = require('../lib/release');
const argv = process.argv.slice(2);
const opt = {
  bump: argv.find((a) => ['patch', 'minor', 'major', 'prepatch', 'preminor', 'premajor', 'prerelease'].includes(a)) || 'patch',
  dryRun: argv.includes('--dry-run'),
  yes: argv.includes('--yes') || argv.includes('-y'),
  tag: (argv.find((a) => a.startsWith('--tag=')) || '').slice(6) || undefined,
  otp: (argv.find((a) => a.startsWith('--otp=')) || '').slice(6) || undefined,
  provenance: !argv.includes('--no-provenance'),
  githubRelease: !argv.includes('--no-github-release'),
};
release(process.cwd(), opt).catch((e) => { console.error('shipit: ' + e.message); process.exit(1); });
