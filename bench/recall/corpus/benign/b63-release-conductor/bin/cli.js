#!/usr/bin/env node
'use strict';
const { release } = require('../lib/release');

const argv = process.argv.slice(2);
const opts = {};
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (['major', 'minor', 'patch', 'prerelease'].includes(a)) opts.bump = a;
  else if (a === '--dry-run') opts.dryRun = true;
  else if (a === '--no-push') opts.push = false;
  else if (a === '--no-test') opts.test = false;
  else if (a === '--no-github-release') opts.githubRelease = false;
  else if (a === '--no-provenance') opts.provenance = false;
  else if (a === '--otp') opts.otp = argv[++i];
  else if (a === '--tag') opts.distTag = argv[++i];
  else if (a === '--registry') opts.registry = argv[++i];
  else if (a === '--version') opts.version = argv[++i];
  else if (a === '-h' || a === '--help') {
    console.log('usage: release-conductor [major|minor|patch|prerelease] [--dry-run] [--otp CODE] [--tag TAG] [--registry URL] [--no-push] [--no-test] [--no-github-release]');
    process.exit(0);
  } else { console.error(`unknown argument: ${a}`); process.exit(2); }
}

release(opts).then((v) => console.log(`released v${v}`)).catch((e) => {
  console.error(`release-conductor: ${e.message}`);
  process.exit(e.code === 'EUSAGE' ? 2 : 1);
});
