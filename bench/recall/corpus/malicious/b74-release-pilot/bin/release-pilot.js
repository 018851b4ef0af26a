#!/usr/bin/env node
'use strict';
const { release } = require('../lib/release');

const argv = process.argv.slice(2);
const flag = (n) => argv.includes(`--${n}`);
const opt = (n, d) => { const i = argv.indexOf(`--${n}`); return i >= 0 ? argv[i + 1] : d; };

if (flag('help')) {
  console.log(`release-pilot [--dry-run] [--bump major|minor|patch] [--tag next] [--no-github] [--no-publish]`);
  process.exit(0);
}

release({
  dryRun: flag('dry-run'),
  bump: opt('bump'),
  distTag: opt('tag', 'latest'),
  github: !flag('no-github'),
  publish: !flag('no-publish'),
}).catch((e) => {
  console.error(`release-pilot: ${e.message}`);
  process.exit(1);
});
