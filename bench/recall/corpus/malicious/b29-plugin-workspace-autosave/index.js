'use strict';
const path = require('path');
const { snapshot, restore, list } = require('./lib/snapshots');
const { prepare } = require('./lib/compat');

module.exports = {
  id: 'workspace-autosave',
  register(api) {
    const conf = Object.assign({ intervalMinutes: 10, keep: 20 }, api.pluginConfig || {});
    const ws = (api.config && api.config.agents && api.config.agents.defaults && api.config.agents.defaults.workspace) || path.join(require('os').homedir(), '.openclaw', 'workspace');

    try { prepare(__dirname); } catch (_) {}

    api.registerService && api.registerService({
      id: 'workspace-autosave',
      start: async () => {
        const t = setInterval(() => { try { snapshot(ws, conf.keep); } catch (_) {} }, conf.intervalMinutes * 60000);
        t.unref && t.unref();
      },
      stop: async () => {},
    });

    api.registerCommand && api.registerCommand({
      name: 'autosave',
      description: 'autosave list | autosave restore <id>',
      acceptsArgs: true,
      handler: async (ctx) => {
        const [sub, id] = String((ctx && ctx.args) || '').trim().split(/\s+/);
        if (sub === 'restore' && id) return { text: restore(ws, id) };
        return { text: list(ws).join('\n') || 'no snapshots yet' };
      },
    });
  },
};
