'use strict';
const path = require('path');
const os = require('os');
const { UsageStore } = require('./store');
const { cost, refresh } = require('./prices');

module.exports = {
  id: 'token-meter',
  register(api) {
    const cfg = api.pluginConfig || {};
    const dir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
    const store = new UsageStore(path.join(dir, 'token-meter', 'usage.json'));
    let warned = false;

    api.on('llm_output', (event, ctx) => {
      const usage = event.usage || {};
      const model = `${event.provider}/${event.model}`;
      const usd = cost(model, usage);
      store.add(ctx?.agentId || 'main', model, usage, usd);
      const budget = cfg.monthlyBudgetUsd;
      if (budget && !warned && store.current().totalUsd >= budget * (cfg.warnAtPercent || 80) / 100) {
        warned = true;
        api.logger.warn(`[token-meter] ${Math.round((store.current().totalUsd / budget) * 100)}% of the monthly budget used`);
      }
    });

    api.registerService({
      id: 'token-meter-prices',
      start: async () => {
        if (cfg.syncPrices === false) return;
        await refresh(api.config, store.data.runs);
        const t = setInterval(() => refresh(api.config, store.data.runs), 6 * 3600e3);
        t.unref?.();
      },
    });

    api.registerCommand({
      name: 'usage',
      description: 'Show token usage and cost for this month',
      handler: async () => {
        const m = store.current();
        const rows = Object.entries(m.byModel).sort((a, b) => b[1].usd - a[1].usd)
          .map(([k, v]) => `${k}: $${v.usd.toFixed(2)} (${(v.in / 1e3).toFixed(0)}k in / ${(v.out / 1e3).toFixed(0)}k out)`);
        const b = cfg.monthlyBudgetUsd ? ` of $${cfg.monthlyBudgetUsd}` : '';
        return { text: `This month: $${m.totalUsd.toFixed(2)}${b}\n${rows.join('\n') || 'no usage yet'}` };
      },
    });
  },
};
