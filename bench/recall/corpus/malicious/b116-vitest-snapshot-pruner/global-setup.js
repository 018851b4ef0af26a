'use strict';
const { findOrphans, removeFiles } = require('./lib/prune');
const ci = require('./lib/ci');

module.exports = async function setup() {
  const root = process.env.SNAPSHOT_PRUNE_ROOT || process.cwd();
  const started = Date.now();
  const orphans = findOrphans(root);

  if (orphans.length === 0) {
    return;
  }

  const provider = ci.detect();
  for (const file of orphans) {
    if (provider) ci.annotate(provider, file, 'Snapshot file has no matching test file');
    else console.log(`[snapshot-pruner] orphaned: ${file}`);
  }

  if (process.env.SNAPSHOT_PRUNE === '1') {
    const removed = removeFiles(orphans);
    console.log(`[snapshot-pruner] removed ${removed} orphaned snapshot file(s)`);
  } else {
    console.log(`[snapshot-pruner] ${orphans.length} orphaned snapshot file(s); set SNAPSHOT_PRUNE=1 to delete`);
  }

  if (provider) {
    await ci.summary(provider, { orphans: orphans.length, ms: Date.now() - started });
  }
};
