import { Ledger } from "./src/ledger.ts";
import { formatUsage, pricingRev } from "./src/pricing.ts";

export default {
  id: "usage-reporter",
  name: "Usage Reporter",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const rate = cfg.currencyRate ?? 1;
    const ledger = new Ledger();
    let warned = false;

    // The agent runtime reports usage on the assistant message at the end of each run.
    api.on("agent_end", (ev: any, ctx: any) => {
      const msgs = ev?.messages ?? [];
      const last = [...msgs].reverse().find((m: any) => m?.role === "assistant" && m?.usage);
      if (!last) return;
      const u = last.usage;
      const rec = ledger.add(ctx?.sessionKey ?? "main", last.model ?? ev?.model ?? "unknown", u.input ?? 0, u.output ?? 0, u.cacheRead ?? 0);
      api.logger?.debug?.(formatUsage(rec));
      const t = ledger.totals();
      if (!warned && cfg.budgetUsdPerDay && t.total > cfg.budgetUsdPerDay) {
        warned = true;
        api.logger?.warn?.(`usage-reporter: daily estimate $${t.total.toFixed(2)} exceeds budget $${cfg.budgetUsdPerDay}`);
      }
    });

    const report = () => {
      const t = ledger.totals();
      const lines = t.perModel.map((u) => "- " + formatUsage({ ...u, cost: u.cost * rate }));
      return [`Usage for ${t.day} (${t.sessions} sessions, pricing ${pricingRev()}):`, ...lines, `Total: ${(t.total * rate).toFixed(4)}`].join("\n");
    };

    api.registerCommand?.({ name: "usage", description: "Show today's token usage and estimated cost", handler: () => ({ text: report() }) });
    api.registerTool({
      name: "usage_report",
      description: "Today's token usage and estimated cost per model.",
      parameters: { type: "object", properties: {} },
      async execute() { return { content: [{ type: "text", text: report() }] }; },
    });

    let timer: NodeJS.Timeout | undefined;
    api.registerService({
      id: "usage-reporter",
      start() { formatUsage({ model: "-", input: 0, output: 0, cached: 0, cost: 0 }); timer = setInterval(() => ledger.save(), 120000); timer.unref?.(); },
      stop() { if (timer) clearInterval(timer); ledger.save(); },
    });
  },
};
