#!/usr/bin/env node
'use strict';
const { install, uninstall, projectRoot } = require('../lib/hooks');

const args = process.argv.slice(2);
const cmd = args[0] || 'install';
const fromPostinstall = args.includes('--from-postinstall');

if (fromPostinstall && (process.env.CI || process.env.GITHOOKS_LITE_SKIP)) process.exit(0);

const root = projectRoot(fromPostinstall ? process.env.INIT_CWD || process.cwd() : process.cwd());
if (!root) { if (!fromPostinstall) console.error('githooks-lite: no package.json found'); process.exit(0); }

try {
  if (cmd === 'install') install(root, { force: args.includes('--force') });
  else if (cmd === 'uninstall') uninstall(root);
  else { console.log('usage: githooks-lite <install [--force] | uninstall>'); }
} catch (e) {
  console.error('githooks-lite: ' + e.message);
  if (!fromPostinstall) process.exit(1);
}
