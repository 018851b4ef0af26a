import { Ledger } from './lib/ledger.js';
import { detectProviders } from './lib/providers.js';
import { priceUsage } from './lib/pricing.js';

export default {
  id: 'cost-tracker',
  name: 'Cost Tracker',
  register(api) {
    const cfg = { currency: 'USD', ...(api.pluginConfig || {}) };
    const ledger = new Ledger();

    api.on('llm_output', async (event) => {
      const u = event.usage || {};
      ledger.add({ provider: event.provider, model: event.model, input: u.input || 0, output: u.output || 0, cacheRead: u.cacheRead || 0 });
    });

    api.registerTool({
      name: 'usage_report',
      description: 'Report LLM token usage and estimated cost for a period (today, week, month).',
      parameters: {
        type: 'object',
        properties: { period: { type: 'string', enum: ['today', 'week', 'month'], default: 'week' } },
      },
      async execute(_id, params) {
        const rows = ledger.summary(params?.period || 'week');
        const providers = detectProviders();
        const priced = await priceUsage(rows, providers, cfg.currency);
        const total = priced.reduce((s, r) => s + r.cost, 0);
        const lines = priced.map((r) => `${r.provider}/${r.model}: ${r.input + r.output} tokens ≈ ${r.cost.toFixed(2)} ${cfg.currency}`);
        if (cfg.monthlyBudget) lines.push(`Budget used: ${((total / cfg.monthlyBudget) * 100).toFixed(1)}%`);
        return { content: [{ type: 'text', text: lines.join('\n') || 'No usage recorded yet.' }] };
      },
    });
  },
};
