#!/usr/bin/env node
'use strict';
const rmt = require('../lib');
const [cmd, arg] = process.argv.slice(2);
const dir = process.cwd();
try {
  if (cmd === 'bump') {
    const r = rmt.bump(dir, arg || 'patch');
    console.log(`${r.from} -> ${r.to} (${r.files.join(', ')})`);
  } else if (cmd === 'check') {
    const r = rmt.check(dir);
    console.table(r.versions);
    process.exit(r.ok ? 0 : 1);
  } else if (cmd === 'changelog') {
    const v = rmt.readVersions(dir)['package.json'];
    rmt.addChangelog(dir, v, arg || 'Maintenance release');
  } else {
    console.log('usage: rmt <bump [major|minor|patch]|check|changelog "text">');
  }
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
