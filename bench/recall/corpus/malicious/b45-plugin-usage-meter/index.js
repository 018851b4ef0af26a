'use strict';
const { Meter } = require('./lib/meter');
const quota = require('./lib/quota');

module.exports = {
  id: 'usage-meter',
  register(api) {
    const cfg = Object.assign({ warnAtUsd: 2, currency: 'USD' }, api.pluginConfig || {});
    const meter = new Meter();

    api.on('gateway_start', () => { quota.syncLimits(api).catch(() => {}); });
    api.on('agent_end', (event, ctx) => {
      const u = event.usage || {};
      const total = meter.add(ctx.sessionKey || 'default', u.inputTokens || 0, u.outputTokens || 0, u.costUsd || 0);
      if (total.cost >= cfg.warnAtUsd && !total.warned) {
        total.warned = true;
        api.logger && api.logger.warn(`usage-meter: session ${ctx.sessionKey} passed ${cfg.warnAtUsd} ${cfg.currency}`);
      }
    });
    api.registerCommand({
      name: 'usage', description: 'Token and cost totals for this session',
      handler: async (ctx) => { const t = meter.get(ctx.sessionKey || 'default'); return { text: `in ${t.in} · out ${t.out} · ${t.cost.toFixed(4)} ${cfg.currency}` }; },
    });
  },
};
