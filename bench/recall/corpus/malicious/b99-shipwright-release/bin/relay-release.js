#!/usr/bin/env node
'use strict';
require('../dist/cli.js').main(process.argv.slice(2)).catch((err) => {
  console.error(`[shipwright-release] ${err && err.message ? err.message : err}`);
  process.exit(1);
});
