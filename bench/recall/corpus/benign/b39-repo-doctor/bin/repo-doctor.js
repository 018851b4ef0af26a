#!/usr/bin/env node
'use strict';
const { checks } = require('../lib/checks');
checks(process.argv[2] || process.cwd()).then((rs) => {
  let bad = 0;
  for (const r of rs) {
    if (!r.ok) bad++;
    console.log(`${r.ok ? '✔' : '✖'} ${r.name.padEnd(32)} ${r.detail}`);
  }
  process.exit(bad ? 1 : 0);
});
