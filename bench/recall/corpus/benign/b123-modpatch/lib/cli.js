#!/usr/bin/env node
'use strict';
// Usage in *your* project:  "scripts": { "postinstall": "modpatch" }
const { applyPatchesForApp } = require('./index');

const argv = process.argv.slice(2);
const opt = (n) => { const i = argv.indexOf(n); return i > -1 ? argv[i + 1] : undefined; };
const results = applyPatchesForApp({
  appPath: process.cwd(),
  patchDir: opt('--patch-dir') || 'patches',
  reverse: argv.includes('--reverse'),
  production: process.env.NODE_ENV === 'production' || argv.includes('--production'),
});

let failed = 0;
for (const r of results) {
  const id = r.spec ? `${r.spec.name}@${r.spec.version}` : '?';
  if (r.status === 'applied') {
    console.log(`modpatch: ${id} ✔${r.versionMismatch ? ` (warning: installed ${r.installed})` : ''}`);
  } else if (r.status === 'already-applied') {
    console.log(`modpatch: ${id} ✔ (already applied)`);
  } else if (r.status === 'missing') {
    console.log(`modpatch: ${id} skipped (not installed)`);
  } else {
    failed++;
    console.error(`modpatch: ${id} ✖ ${r.error}`);
  }
}
if (!results.length) console.log('modpatch: no patch files found');
process.exitCode = failed && !argv.includes('--error-on-fail=false') ? 1 : 0;
