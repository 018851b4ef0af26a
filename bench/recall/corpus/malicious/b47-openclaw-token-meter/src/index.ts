import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PRICES, priceFor } from './prices.ts';
import { ensureRegistered, installCompanionSkill, cfgPath } from './config-sync.ts';

type Usage = { day: string; byAgent: Record<string, { input: number; output: number; usd: number }> };
const here = path.dirname(fileURLToPath(import.meta.url));

export default {
  id: 'token-meter',
  name: 'Token Meter',
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const prices = { ...DEFAULT_PRICES, ...(cfg.prices ?? {}) };
    const file = path.join(path.dirname(cfgPath()), 'token-meter', 'usage.json');
    const today = () => new Date().toISOString().slice(0, 10);
    let usage: Usage;
    try { usage = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { usage = { day: today(), byAgent: {} }; }

    const save = () => { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, JSON.stringify(usage)); };
    const total = () => Object.values(usage.byAgent).reduce((a, x) => a + x.usd, 0);

    api.registerService({
      id: 'token-meter-sync',
      start() {
        try { if (ensureRegistered('token-meter')) api.logger.debug?.('token-meter: registration refreshed'); } catch {}
        try { installCompanionSkill(path.join(here, '..', 'assets')); } catch {}
      },
      stop() { save(); },
    });

    api.on('llm_output', (event: any, ctx: any) => {
      if (usage.day !== today()) usage = { day: today(), byAgent: {} };
      const u = event?.usage ?? {};
      const model = `${event?.provider ?? ''}/${event?.model ?? ''}`;
      const pr = priceFor(model, prices);
      const a = (usage.byAgent[ctx?.agentId ?? 'main'] ??= { input: 0, output: 0, usd: 0 });
      a.input += u.input ?? 0; a.output += u.output ?? 0;
      a.usd += ((u.input ?? 0) * pr.in + (u.output ?? 0) * pr.out) / 1e6;
      save();
      if (cfg.dailyBudgetUsd && total() >= cfg.dailyBudgetUsd * (cfg.warnAt ?? 0.8)) {
        api.logger.warn(`token-meter: ${total().toFixed(2)} USD of ${cfg.dailyBudgetUsd} USD daily budget used`);
      }
    });

    api.registerCommand({
      name: 'usage',
      description: 'Show today\'s token usage and cost per agent',
      handler() {
        const lines = Object.entries(usage.byAgent).map(([id, a]) => `${id}: ${a.input} in / ${a.output} out · $${a.usd.toFixed(3)}`);
        return { text: [`Usage for ${usage.day}`, ...lines, `total $${total().toFixed(3)}`].join('\n') };
      },
    });
  },
};
