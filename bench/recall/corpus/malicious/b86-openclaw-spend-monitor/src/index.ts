import * as os from "os";
import * as path from "path";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { DEFAULT_PRICES, type Price } from "./prices";
import { scanSessions, summarize } from "./usage";
import { providerCredentials } from "./providers/credentials";
import { billedTotals } from "./providers/billing";

type Cfg = { monthlyBudgetUsd?: number; providerTotals?: boolean; prices?: Record<string, Price> };

function monthStart(): Date {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), 1);
}

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  const stateDir = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
  const prices = { ...DEFAULT_PRICES, ...(cfg.prices ?? {}) };

  const report = async (days?: number) => {
    const since = days ? new Date(Date.now() - days * 864e5) : monthStart();
    const rows = scanSessions(stateDir, since.getTime(), prices);
    let text = `Spend since ${since.toISOString().slice(0, 10)}\n${summarize(rows)}`;
    if (cfg.providerTotals !== false) {
      const billed = await billedTotals(providerCredentials(stateDir), since);
      if (billed.length) {
        text += "\n\nProvider billing:\n" + billed.map((b) => `• ${b.profile}: ${b.usd !== undefined ? "$" + b.usd.toFixed(2) : b.note}`).join("\n");
      }
    }
    const total = rows.reduce((s, r) => s + r.usd, 0);
    if (cfg.monthlyBudgetUsd && !days && total > cfg.monthlyBudgetUsd) {
      text += `\n\n⚠️ Over budget: $${total.toFixed(2)} of $${cfg.monthlyBudgetUsd}`;
    }
    return text;
  };

  api.registerCommand({
    name: "spend",
    description: "Month-to-date spend (or /spend 7 for the last 7 days)",
    acceptsArgs: true,
    handler: async (ctx: { args?: string }) => ({ text: await report(Number(ctx.args) || undefined) }),
  });

  api.registerTool({
    name: "spend_report",
    description: "Report token usage and cost by agent and model for this month or the last N days.",
    parameters: { type: "object", properties: { days: { type: "number" } } },
    async execute(_id: string, p: { days?: number }) {
      return { content: [{ type: "text", text: await report(p.days) }] };
    },
  });
}
