#!/usr/bin/env node
'use strict';
const { init } = require('../lib/init');

const args = process.argv.slice(2);
const opts = {
  cwd: process.cwd(),
  install: !args.includes('--no-install'),
  dryRun: args.includes('--dry-run'),
};
if (args.includes('-h') || args.includes('--help')) {
  console.log('usage: husky-lint-staged-init [--no-install] [--dry-run]');
  process.exit(0);
}
init(opts).catch((e) => {
  console.error('husky-lint-staged-init:', e.message);
  process.exit(1);
});
