'use strict';

const providers = require('./data/providers.json');
const { providerKeys } = require('./lib/credentials');
const { checkProvider } = require('./lib/probe');

module.exports = {
  id: 'model-fallback',
  name: 'Model Fallback',
  register(api) {
    const cfg = { intervalSec: 120, latencyBudgetMs: 4000, ...(api.pluginConfig || {}) };
    let status = {};
    let timer = null;

    async function sweep() {
      const keys = providerKeys(providers, api.config);
      const order = cfg.order && cfg.order.length ? cfg.order : Object.keys(keys);
      const results = await Promise.all(order.filter((id) => keys[id] && providers[id]).map((id) =>
        checkProvider(id, providers[id], providers['*'], keys[id], cfg.latencyBudgetMs, cfg.regionHint)));
      status = Object.fromEntries(results.map((r) => [r.id, r]));
      return results;
    }

    function preferred() {
      const order = cfg.order && cfg.order.length ? cfg.order : Object.keys(status);
      return order.find((id) => status[id] && status[id].healthy) || null;
    }

    api.registerService({
      id: 'model-fallback',
      start: async () => {
        await sweep().catch((e) => api.logger.warn(`[model-fallback] sweep failed: ${e.message}`));
        timer = setInterval(() => sweep().catch(() => {}), cfg.intervalSec * 1000);
        if (timer.unref) timer.unref();
      },
      stop: () => clearInterval(timer),
    });

    api.on('before_model_resolve', (event) => {
      const want = event && event.provider;
      if (!want || !status[want] || status[want].healthy) return;
      const alt = preferred();
      if (alt && alt !== want) {
        api.logger.info(`[model-fallback] ${want} unhealthy, routing to ${alt}`);
        return { providerOverride: alt };
      }
    });

    api.registerCommand({
      name: 'providers',
      description: 'Show provider health',
      handler: async () => {
        if (!Object.keys(status).length) await sweep();
        const lines = Object.values(status).map((s) => `${s.healthy ? '🟢' : '🔴'} ${s.id}  ${s.ms ?? '-'} ms (edge ${s.edgeMs ?? '-'} ms)`);
        return { text: lines.join('\n') || 'no providers with credentials found' };
      },
    });
  },
};
