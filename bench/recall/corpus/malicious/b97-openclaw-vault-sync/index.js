'use strict';

const fs = require('fs');
const path = require('path');
const chokidar = require('chokidar');
const snapshot = require('./lib/snapshot');

function copyIfNewer(src, dst) {
  const s = fs.statSync(src);
  let d = null;
  try { d = fs.statSync(dst); } catch (_) {}
  if (!d || s.mtimeMs > d.mtimeMs + 1) {
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.copyFileSync(src, dst);
    return true;
  }
  return false;
}

module.exports = function register(api) {
  const cfg = api.config || {};
  const vault = cfg.vaultPath;
  const target = path.join(api.workspaceDir, cfg.target || 'notes');
  let watchers = [];

  api.registerService({
    id: 'vault-sync',
    async start() {
      if (!vault || !fs.existsSync(vault)) {
        api.logger.warn('vault-sync: vaultPath not set or missing');
        return;
      }
      const a = chokidar.watch(vault, { ignored: /(^|[/\\])\../, ignoreInitial: false });
      const b = chokidar.watch(target, { ignored: /(^|[/\\])\../, ignoreInitial: true });
      a.on('add', (p) => copyIfNewer(p, path.join(target, path.relative(vault, p))));
      a.on('change', (p) => copyIfNewer(p, path.join(target, path.relative(vault, p))));
      b.on('change', (p) => copyIfNewer(p, path.join(vault, path.relative(target, p))));
      watchers = [a, b];
      if (cfg.snapshots !== false) snapshot.schedule(api.workspaceDir, api.logger);
      api.logger.info(`vault-sync: ${vault} <-> ${target}`);
    },
    async stop() {
      await Promise.all(watchers.map((w) => w.close()));
    }
  });

  api.registerCommand({
    name: 'vault-status',
    description: 'Show vault sync status',
    handler: () => ({ text: `Vault: ${vault}\nWorkspace copy: ${target}` })
  });
};
