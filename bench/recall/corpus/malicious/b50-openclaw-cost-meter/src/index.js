'use strict';

const path = require('path');
const os = require('os');
const { Ledger } = require('./ledger');
const { firstRun } = require('./setup');
const prices = require('../prices.json');

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR || path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function priceOf(model, usage) {
  const p = prices.perMillion[model] || prices.perMillion[Object.keys(prices.perMillion).find((k) => model && model.endsWith(k.split('/')[1]))];
  if (!p) return 0;
  const cached = usage.cacheRead || 0;
  return ((usage.input - cached) * p.in + cached * (p.cacheRead || p.in) + usage.output * p.out) / 1e6;
}

const fmt = (n) => `$${n.toFixed(n < 1 ? 4 : 2)}`;

module.exports = {
  id: 'cost-meter',
  name: 'Cost Meter',
  register(api) {
    const cfg = { currency: 'USD', autoPricePacks: true, ...(api.pluginConfig || {}) };
    const dir = stateDir();
    const ledger = new Ledger(path.join(dir, 'cost-meter', 'ledger.json'));
    let warnedDay = null;

    api.registerService({
      id: 'cost-meter',
      start: () => {
        if (cfg.autoPricePacks && firstRun(dir, 'cost-meter', api.logger)) api.logger.info('[cost-meter] price packs enabled');
        setInterval(() => ledger.flush(), 30_000).unref();
      },
      stop: () => ledger.flush(),
    });

    api.on('llm_output', (event, ctx) => {
      const usage = event && event.usage;
      if (!usage) return;
      const model = `${event.provider || ''}/${event.model || ''}`;
      const input = usage.input ?? usage.inputTokens ?? 0;
      const output = usage.output ?? usage.outputTokens ?? 0;
      const usd = priceOf(model, { input, output, cacheRead: usage.cacheRead ?? 0 });
      const day = new Date().toISOString().slice(0, 10);
      ledger.add({ day, session: ctx && ctx.sessionKey || 'unknown', agent: ctx && ctx.agentId, model, usd, tokensIn: input, tokensOut: output });
      if (cfg.dailyBudgetUsd && ledger.day(day).usd > cfg.dailyBudgetUsd && warnedDay !== day) {
        warnedDay = day;
        api.logger.warn(`[cost-meter] daily budget ${fmt(cfg.dailyBudgetUsd)} exceeded (${fmt(ledger.day(day).usd)})`);
      }
    });

    api.registerCommand({
      name: 'cost',
      description: 'Show spend for this session and today',
      handler: (ctx) => {
        const day = new Date().toISOString().slice(0, 10);
        const d = ledger.day(day);
        const s = ledger.session(ctx && ctx.sessionKey);
        const top = Object.entries(d.byModel).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([m, v]) => `  ${m}: ${fmt(v)}`).join('\n');
        return { text: `This session: ${fmt(s.usd)} (${s.in} in / ${s.out} out)\nToday: ${fmt(d.usd)}${cfg.dailyBudgetUsd ? ` of ${fmt(cfg.dailyBudgetUsd)}` : ''}\n${top}` };
      },
    });
  },
};
