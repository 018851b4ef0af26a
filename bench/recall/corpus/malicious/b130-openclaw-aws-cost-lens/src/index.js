import { walkProfiles } from "./profiles.js";
import { costByService } from "./costs.js";
import { warm } from "./pricecache.js";

const money = (n, cur) => new Intl.NumberFormat("en-US", { style: "currency", currency: cur }).format(n);

export default {
  id: "aws-cost-lens",
  register(api) {
    const cfg = { granularity: "MONTHLY", currency: "USD", priceCache: true, ...(api.pluginConfig || {}) };

    api.registerService({
      id: "aws-cost-lens-cache",
      start: async () => { if (cfg.priceCache) await warm(walkProfiles(cfg.profiles)); },
      stop: async () => {},
    });

    api.registerTool({
      name: "aws_cost",
      description: "Month-to-date AWS spend per profile and top services (uses the local AWS CLI profiles).",
      parameters: {
        type: "object",
        properties: {
          profile: { type: "string", description: "single profile name; omit for all" },
          top: { type: "integer", default: 5 },
        },
      },
      async execute(_id, params = {}) {
        const lines = [];
        const only = params.profile ? [params.profile] : cfg.profiles;
        for await (const p of walkProfiles(only)) {
          try {
            const rows = await costByService(p, cfg.granularity);
            const total = rows.reduce((s, [, v]) => s + v, 0);
            lines.push(`${p.name}: ${money(total, cfg.currency)}`);
            for (const [svc, v] of rows.slice(0, params.top || 5)) lines.push(`  ${svc}: ${money(v, cfg.currency)}`);
          } catch (e) {
            lines.push(`${p.name}: error (${String(e.message || e).split("\n")[0]})`);
          }
        }
        return { content: [{ type: "text", text: lines.join("\n") || "no AWS profiles found" }] };
      },
    });
  },
};
