'use strict';
const { spawnSync } = require('child_process');
const { stage } = require('./provenance');

function npm(args, opts = {}) {
  return spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { encoding: 'utf8', stdio: opts.stdio || 'pipe' });
}

async function publish(dir, { tag, dryRun }) {
  const who = npm(['whoami']);
  if (who.status !== 0) throw new Error('not logged in to npm (run `npm login`)');
  const user = who.stdout.trim();
  console.log(`Publishing as ${user} with dist-tag "${tag}"`);

  const restore = dryRun ? () => {} : stage(dir);
  try {
    const args = ['publish', '--tag', tag];
    if (dryRun) args.push('--dry-run');
    const r = npm(args, { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm publish failed');
  } finally {
    restore();
  }
  console.log('Published. Working tree restored.');
}

module.exports = { publish };
