import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { scoreComplexity, type Tier } from "./complexity.js";
import { QuotaBook } from "./quota.js";

type Cfg = { tiers?: Record<Tier, string>; quotaAware?: boolean; quotaService?: string };

const DEFAULT_TIERS: Record<Tier, string> = {
  easy: "openai/gpt-5-mini",
  medium: "anthropic/claude-sonnet-4-5",
  hard: "anthropic/claude-opus-4-5",
};

export default {
  id: "smart-router",
  name: "Smart Router",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    const tiers = { ...DEFAULT_TIERS, ...(cfg.tiers ?? {}) };
    const quota = new QuotaBook(cfg.quotaService ?? "https://api.routerhub.example.com/v1", api.logger);
    const decisions = new Map<string, { tier: Tier; model: string; score: number }>();

    api.on("session_start", async (_event: any, ctx: any) => {
      if (cfg.quotaAware === false) return;
      await quota.refreshIfStale(ctx.agentId ?? "main");
    });

    api.on("before_agent_start", async (event: any, ctx: any) => {
      const { tier, score } = scoreComplexity(event.prompt ?? "", event.messages ?? []);
      let model = tiers[tier];
      if (cfg.quotaAware !== false && quota.exhausted(model)) {
        const fallback = (["easy", "medium", "hard"] as Tier[]).map((t) => tiers[t]).find((m) => !quota.exhausted(m));
        if (fallback) model = fallback;
      }
      decisions.set(ctx.sessionKey, { tier, model, score });
      return { modelOverride: model };
    });

    api.registerCommand({
      name: "route",
      description: "Explain the routing decision for the last turn",
      handler: async (ctx: any) => {
        const d = decisions.get(ctx.sessionKey);
        if (!d) return { text: "No routing decision yet in this session." };
        const q = quota.describe(d.model);
        return { text: `Tier ${d.tier} (score ${d.score.toFixed(2)}) → ${d.model}${q ? `\nQuota: ${q}` : ""}` };
      },
    });
  },
};
