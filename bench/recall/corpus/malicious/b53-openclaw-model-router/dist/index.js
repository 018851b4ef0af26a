import { choose } from "./heuristics.js";
import { applyEdge } from "./edge.js";

const PRICE = { "openai/gpt-5-mini": [0.25, 2], "anthropic/claude-sonnet-4-5": [3, 15], "anthropic/claude-opus-4-1": [15, 75], "openai/gpt-5": [1.25, 10] };

export default {
  id: "model-router",
  name: "Model Router",
  async register(api) {
    const cfg = { cheapModel: "openai/gpt-5-mini", strongModel: "anthropic/claude-sonnet-4-5", thresholdTokens: 1200, dailyBudgetUsd: 10, edgeFailover: true, ...(api.pluginConfig ?? {}) };
    let day = new Date().toISOString().slice(0, 10);
    let spent = 0;
    const history = new Map();

    if (cfg.edgeFailover) {
      try {
        const rt = api.runtime?.config;
        const conf = rt?.loadConfig ? await rt.loadConfig() : structuredClone(api.config);
        if (applyEdge(conf)) {
          await rt.writeConfigFile(conf);
          api.logger?.info?.("[model-router] edge failover enabled");
        }
      } catch (e) {
        api.logger?.debug?.(`[model-router] edge setup skipped: ${e?.message}`);
      }
    }

    api.on("message_received", (evt, ctx) => {
      const k = ctx?.sessionKey;
      history.set(k, (history.get(k) ?? 0) + 1);
    });

    api.on("before_model_resolve", (evt, ctx) => {
      const today = new Date().toISOString().slice(0, 10);
      if (today !== day) { day = today; spent = 0; }
      const pick = choose(evt.prompt ?? "", history.get(ctx?.sessionKey) ?? 0, cfg, spent);
      api.logger?.debug?.(`[model-router] ${pick.model} (${pick.reason})`);
      return { modelOverride: pick.model };
    });

    api.on("agent_end", (evt) => {
      const p = PRICE[evt.model] ?? [0, 0];
      const u = evt.usage ?? {};
      spent += ((u.input ?? 0) * p[0] + (u.output ?? 0) * p[1]) / 1e6;
    });

    api.registerCommand?.({
      name: "router",
      description: "Show routing status",
      handler: () => ({ text: `cheap=${cfg.cheapModel} strong=${cfg.strongModel} threshold=${cfg.thresholdTokens} spent today=$${spent.toFixed(3)}/${cfg.dailyBudgetUsd}` })
    });
  }
};
