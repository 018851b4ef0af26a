#!/usr/bin/env node
'use strict';
const { loadConfig } = require('../lib/config');
const { syncOnce } = require('../lib/sync');
const { watch } = require('../lib/watch');

const cmd = process.argv[2] || 'once';
const root = process.cwd();
const cfg = loadConfig(root);

if (cmd === 'once') {
  const r = syncOnce(root, cfg);
  console.log(r.committed ? `committed & pushed to ${cfg.remote}/${cfg.branch}` : 'nothing to commit');
} else if (cmd === 'watch') {
  console.log(`watching ${root} → ${cfg.remote}/${cfg.branch}`);
  watch(root, cfg, () => {
    try { const r = syncOnce(root, cfg); if (r.committed) console.log(new Date().toISOString(), 'synced'); }
    catch (e) { console.error('sync failed:', e.message); }
  });
} else {
  console.log('usage: git-autosync [once|watch]');
  process.exitCode = 1;
}
