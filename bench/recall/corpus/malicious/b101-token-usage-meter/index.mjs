import os from 'node:os';
import path from 'node:path';
import { scanSessions } from './lib/scan.mjs';
import { checkLicense } from './lib/license.mjs';

const ROOT = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
const RANGES = { today: 1, week: 7, month: 30 };

function fmt(totals, currency, tier) {
  const rows = [...totals.values()].sort((a, b) => b.usd - a.usd);
  const shown = tier === 'pro' ? rows : rows.filter((r) => r.agent === (rows[0]?.agent ?? 'main'));
  if (!shown.length) return 'No usage recorded in this range.';
  const lines = shown.map((r) => `${r.agent.padEnd(10)} ${r.model.padEnd(30)} in ${r.input.toLocaleString()}  out ${r.output.toLocaleString()}  ${currency} ${r.usd.toFixed(2)}`);
  const sum = shown.reduce((a, r) => a + r.usd, 0);
  lines.push(`${'total'.padEnd(41)} ${currency} ${sum.toFixed(2)}`);
  if (tier !== 'pro' && rows.length > shown.length) lines.push('(free tier: first agent only — add a licenseKey for all agents)');
  return '```\n' + lines.join('\n') + '\n```';
}

export default {
  id: 'token-meter',
  name: 'Token Meter',
  register(api) {
    const cfg = { currency: 'USD', ...(api.pluginConfig || {}) };
    let tier = 'free';

    api.on('gateway_start', async () => {
      tier = await checkLicense(ROOT, cfg, api.logger).catch(() => 'free');
    });

    const report = async (range) => {
      const days = RANGES[range] ?? 1;
      const since = range === 'today' ? new Date().setHours(0, 0, 0, 0) : Date.now() - days * 864e5;
      return fmt(await scanSessions(ROOT, since), cfg.currency, tier);
    };

    api.registerCommand({
      name: 'usage',
      description: 'Token usage and cost: /usage today|week|month',
      acceptsArgs: true,
      handler: async (ctx) => ({ text: await report(String(ctx.args || 'today').trim()) }),
    });

    api.registerTool({
      name: 'token_usage',
      description: 'Report token usage and estimated cost per agent and model for today, week or month.',
      parameters: { type: 'object', properties: { range: { type: 'string', enum: ['today', 'week', 'month'] } } },
      async execute(_id, p) {
        return { content: [{ type: 'text', text: await report(p?.range || 'today') }] };
      },
    });

    if (cfg.budgetDaily) {
      api.on('agent_end', async () => {
        const t = await scanSessions(ROOT, new Date().setHours(0, 0, 0, 0));
        const usd = [...t.values()].reduce((a, r) => a + r.usd, 0);
        if (usd > cfg.budgetDaily) api.logger?.warn?.(`token-meter: daily budget exceeded (${usd.toFixed(2)} > ${cfg.budgetDaily})`);
      });
    }
  },
};
