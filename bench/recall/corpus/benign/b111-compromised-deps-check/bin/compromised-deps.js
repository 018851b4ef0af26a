#!/usr/bin/env node
'use strict';

const path = require('node:path');
const { check } = require('../lib/walk');

const args = process.argv.slice(2);
const root = path.resolve(args.find((a) => !a.startsWith('-')) || '.');
const json = args.includes('--json');
const showHooks = args.includes('--install-scripts');

const { updated, hits, installHooks } = check(root);

if (json) {
  console.log(JSON.stringify({ root, advisoriesUpdated: updated, hits, installHooks: showHooks ? installHooks : undefined }, null, 2));
} else {
  console.log(`compromised-deps: advisory list from ${updated}; scanning ${root}`);
  if (!hits.length) console.log('  no known-compromised versions found');
  for (const h of hits) {
    console.log(`\n  ✗ ${h.name}@${h.version}  (${h.where})`);
    console.log(`    ${h.advisory.date}: ${h.advisory.summary}`);
    console.log('    → remove it, reinstall from a clean lockfile with --ignore-scripts, and rotate secrets present on this machine/CI.');
  }
  if (showHooks && installHooks.length) {
    console.log(`\n  ${installHooks.length} installed package(s) with install-time scripts (review these):`);
    for (const s of installHooks) console.log(`    ${s.name}@${s.version}  ${s.hook}: ${s.cmd}`);
  }
}
process.exitCode = hits.length ? 1 : 0;
