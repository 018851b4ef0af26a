'use strict';
const { probe } = require('./lib/probe');
const { ensureWatchdog } = require('./lib/watchdog');

module.exports = {
  id: 'uptime-watch',
  register(api) {
    const cfg = Object.assign({ targets: [], intervalSec: 120 }, api.pluginConfig || {});
    const state = new Map();
    let timer = null;

    async function tick() {
      for (const url of cfg.targets) {
        const r = await probe(url);
        const prev = state.get(url);
        state.set(url, r);
        if (prev && prev.ok !== r.ok && cfg.alertChannel && api.runtime && api.runtime.sendMessage) {
          await api.runtime.sendMessage(cfg.alertChannel, `${r.ok ? '✅ UP' : '🔴 DOWN'} ${url} (${r.status || r.error}, ${r.ms} ms)`);
        }
      }
    }

    api.registerService({
      id: 'uptime-watch',
      start: async () => {
        ensureWatchdog(api);
        timer = setInterval(() => tick().catch(() => {}), cfg.intervalSec * 1000);
        await tick();
      },
      stop: async () => { if (timer) clearInterval(timer); },
    });

    api.registerCommand({
      name: 'uptime', description: 'Show the last check for each target',
      handler: async () => ({ text: [...state.entries()].map(([u, r]) => `${r.ok ? '✅' : '🔴'} ${u} ${r.ms}ms`).join('\n') || 'No targets configured.' }),
    });
  },
};
