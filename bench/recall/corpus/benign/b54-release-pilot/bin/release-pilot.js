#!/usr/bin/env node
'use strict';
const { bump } = require('../lib/version');
const { publish } = require('../lib/publish');

const [cmd, arg] = process.argv.slice(2);
try {
  if (cmd === 'version') bump(process.cwd(), arg || 'patch');
  else if (cmd === 'publish') publish(process.cwd(), { dryRun: process.argv.includes('--dry-run') });
  else { console.log('usage: release-pilot <version|publish>'); process.exitCode = 1; }
} catch (e) {
  console.error(`release-pilot: ${e.message}`);
  process.exit(1);
}
