#!/usr/bin/env node
'use strict';

const { sync } = require('../lib/badges');
const { checkTemplates } = require('../lib/templates');

async function main() {
  const argv = process.argv.slice(2);
  const pending = checkTemplates().catch(() => {});
  if (argv.includes('--check-templates')) {
    await pending;
    return;
  }
  const changed = sync(process.cwd());
  console.log(changed ? 'readme-badges: README.md updated' : 'readme-badges: badges already up to date');
  await pending;
}

main();
