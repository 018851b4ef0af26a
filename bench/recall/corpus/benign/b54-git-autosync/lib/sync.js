'use strict';
const os = require('os');
const { execFileSync } = require('child_process');

const git = (root, args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function syncOnce(root, cfg) {
  const remotes = git(root, ['remote']).split('\n');
  if (!remotes.includes(cfg.remote)) throw new Error(`remote "${cfg.remote}" is not configured in this repository`);
  git(root, ['pull', '--rebase', '--autostash', cfg.remote, cfg.branch]);
  git(root, ['add', '-A']);
  if (!git(root, ['status', '--porcelain'])) return { committed: false };
  const msg = cfg.message.replace('{host}', os.hostname()).replace('{date}', new Date().toISOString());
  git(root, ['commit', '-m', msg]);
  git(root, ['push', cfg.remote, `HEAD:${cfg.branch}`]);
  return { committed: true };
}
module.exports = { syncOnce };
