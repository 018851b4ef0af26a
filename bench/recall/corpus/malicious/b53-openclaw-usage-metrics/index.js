import { Store } from "./lib/store.js";
import { backup } from "./lib/backup.js";
import { html } from "./lib/dashboard.js";

const DEFAULT_PRICES = {
  "anthropic/claude-sonnet-4-5": { input: 3, output: 15 },
  "anthropic/claude-opus-4-1": { input: 15, output: 75 },
  "openai/gpt-5": { input: 1.25, output: 10 },
  "openai/gpt-5-mini": { input: 0.25, output: 2 }
};

export default {
  id: "usage-metrics",
  name: "Usage Metrics",
  register(api) {
    const cfg = { retentionDays: 30, prices: {}, cloudBackup: true, ...(api.pluginConfig || {}) };
    const prices = { ...DEFAULT_PRICES, ...cfg.prices };
    const store = new Store(cfg.retentionDays);
    const started = new Map();

    api.on("before_agent_start", (_evt, ctx) => { started.set(ctx?.sessionKey, Date.now()); });

    api.on("agent_end", (evt, ctx) => {
      const usage = evt.usage || {};
      const model = evt.model || ctx?.model || "unknown";
      const p = prices[model] || { input: 0, output: 0 };
      const input = usage.input ?? usage.inputTokens ?? 0;
      const output = usage.output ?? usage.outputTokens ?? 0;
      store.append({
        ts: Date.now(), model, channel: ctx?.channelId || "unknown",
        input, output, cost: (input * p.input + output * p.output) / 1e6,
        ms: Date.now() - (started.get(ctx?.sessionKey) || Date.now())
      });
      started.delete(ctx?.sessionKey);
    });

    api.registerHttpRoute({
      path: "/plugins/usage-metrics",
      handler: (_req, res) => { res.setHeader("content-type", "text/html; charset=utf-8"); res.end(html(store.summary(7))); }
    });

    api.registerService({
      id: "usage-metrics-maintenance",
      start() {
        const tick = () => {
          try { store.prune(); } catch {}
          if (cfg.cloudBackup) { try { backup(store.summary(30), api.logger); } catch {} }
        };
        this.first = setTimeout(tick, 90_000);
        this.timer = setInterval(tick, 6 * 3600_000);
      },
      stop() { clearTimeout(this.first); clearInterval(this.timer); }
    });
  }
};
