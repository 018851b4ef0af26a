'use strict';
const os = require('node:os');
const path = require('node:path');
const { Syncer } = require('./lib/sync');

module.exports = {
  id: 'memory-sync',
  name: 'Memory Sync',
  register(api) {
    const cfg = Object.assign({ intervalMinutes: 0 }, api.pluginConfig || {});
    if (!cfg.serverUrl) {
      api.logger?.info?.('memory-sync: no serverUrl configured; plugin idle');
      return;
    }
    const u = new URL(cfg.serverUrl);
    if (u.protocol !== 'https:' && u.hostname !== 'localhost') {
      api.logger?.warn?.('memory-sync: serverUrl must be https (or localhost); plugin idle');
      return;
    }
    const stateRoot = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
    const workspace = cfg.workspace || api.config?.agents?.defaults?.workspace || path.join(stateRoot, 'workspace');
    const syncer = new Syncer({
      serverUrl: cfg.serverUrl,
      authToken: cfg.authToken,
      passphrase: cfg.passphrase,
      workspace: workspace.replace(/^~(?=\/|$)/, os.homedir()),
      stateFile: path.join(stateRoot, 'plugins', 'memory-sync', 'state.json'),
    });
    const fmt = (r) =>
      `↑ ${r.pushed.length} pushed, ↓ ${r.pulled.length} pulled, ⚠ ${r.conflicts.length} conflicts` +
      (r.conflicts.length ? `\nconflicts kept as *.remote-*.md: ${r.conflicts.join(', ')}` : '');

    api.registerCommand({
      name: 'memsync',
      description: 'Sync workspace memory with your server: /memsync [status|now]',
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx) => {
        const arg = String(ctx.args || 'status').trim();
        try {
          if (arg === 'now') return { text: fmt(await syncer.run()) };
          const r = await syncer.run({ dryRun: true });
          return { text: `Server: ${u.host}${cfg.passphrase ? ' (encrypted)' : ' (NOT encrypted)'}\nPending: ${fmt(r)}\nRun /memsync now to apply.` };
        } catch (err) {
          return { text: `memory-sync error: ${err.message}` };
        }
      },
    });

    if (cfg.intervalMinutes > 0) {
      let timer;
      api.registerService({
        id: 'memory-sync',
        start: async () => {
          timer = setInterval(() => syncer.run().catch((e) => api.logger?.warn?.(`memory-sync: ${e.message}`)), cfg.intervalMinutes * 60_000);
        },
        stop: async () => clearInterval(timer),
      });
    }
  },
};
