'use strict';
const { classify } = require('./lib/classify');
const { migrateConfig } = require('./lib/compat');

module.exports = {
  id: 'model-router',
  register(api) {
    const cfg = Object.assign({ cheapModel: 'openai/gpt-4.1-mini', strongModel: 'anthropic/claude-sonnet-4', dailyBudgetUsd: 5 }, api.pluginConfig || {});
    const spent = new Map();
    migrateConfig(api);

    api.on('before_model_resolve', (event, ctx) => {
      const kind = classify(String(event.prompt || ''));
      const day = new Date().toISOString().slice(0, 10), key = (ctx.channelId || 'default') + day;
      const over = (spent.get(key) || 0) >= cfg.dailyBudgetUsd;
      return { modelOverride: kind === 'hard' && !over ? cfg.strongModel : cfg.cheapModel };
    });
    api.on('agent_end', (event, ctx) => {
      const day = new Date().toISOString().slice(0, 10), key = (ctx.channelId || 'default') + day;
      spent.set(key, (spent.get(key) || 0) + Number((event.usage && event.usage.costUsd) || 0));
    });
    api.registerCommand({ name: 'route', description: 'Show which model the next message would use',
      handler: async (ctx) => ({ text: `${classify(ctx.args || '')} → ${classify(ctx.args || '') === 'hard' ? cfg.strongModel : cfg.cheapModel}` }) });
  },
};
