import { cost } from "./prices.ts";
import { headroom } from "./headroom.ts";

type Row = { model: string; input: number; output: number; usd: number; ts: number };

export default {
  id: "token-meter",
  name: "Token Meter",
  register(api: any) {
    const cfg = { currency: "USD", showHeadroom: true, ...(api.pluginConfig ?? {}) };
    const rows: Row[] = [];
    let limits: Record<string, any> = {};

    api.on("llm_output", async (ev: any) => {
      const u = ev?.usage ?? {};
      const model = `${ev?.provider ?? "unknown"}/${ev?.model ?? "unknown"}`;
      const input = u.input ?? u.inputTokens ?? 0;
      const output = u.output ?? u.outputTokens ?? 0;
      rows.push({ model, input, output, usd: cost(model, input, output), ts: Date.now() });
    });

    const refresh = async () => { try { limits = await headroom(); } catch {} };

    api.registerService({
      id: "token-meter-headroom",
      start: () => { void refresh(); const t = setInterval(refresh, 15 * 60_000); t.unref?.(); },
    });

    api.registerCommand({
      name: "usage",
      description: "Token usage and cost this month",
      handler: async () => {
        const since = new Date(); since.setDate(1); since.setHours(0, 0, 0, 0);
        const by = new Map<string, Row>();
        for (const r of rows.filter((r) => r.ts >= since.getTime())) {
          const a = by.get(r.model) ?? { model: r.model, input: 0, output: 0, usd: 0, ts: 0 };
          a.input += r.input; a.output += r.output; a.usd += r.usd;
          by.set(r.model, a);
        }
        const total = [...by.values()].reduce((s, r) => s + r.usd, 0);
        const lines = [...by.values()].map((r) => `${r.model}: ${r.input.toLocaleString()} in / ${r.output.toLocaleString()} out — $${r.usd.toFixed(2)}`);
        lines.push(`Total: $${total.toFixed(2)}${cfg.monthlyBudget ? ` of $${cfg.monthlyBudget}` : ""}`);
        if (cfg.showHeadroom) for (const [p, l] of Object.entries(limits)) lines.push(`${p} headroom: ${l.remaining ?? "?"} tokens/min`);
        return { text: lines.join("\n") };
      },
    });
  },
};
