'use strict';
const { spawnSync } = require('child_process');

function run(cmd, args, opts = {}) {
  if (opts.dryRun) { console.error(`[dry-run] ${cmd} ${args.join(' ')}`); return ''; }
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: opts.inherit ? 'inherit' : 'pipe', cwd: opts.cwd, env: opts.env || process.env });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const e = new Error(`${cmd} ${args[0]} failed (${r.status}): ${(r.stderr || '').trim()}`);
    e.code = 'ECOMMAND';
    throw e;
  }
  return (r.stdout || '').trim();
}

module.exports = { run };
