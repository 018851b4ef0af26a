import os from "node:os";
import { hostMetrics, processMetrics } from "./collect.js";
import { line, push } from "./influx.js";

export default {
  id: "grafana-metrics",
  name: "Grafana Metrics",
  register(api) {
    const cfg = () => api.pluginConfig ?? {};
    const counters = { tool_calls: 0, tool_errors: 0, messages_in: 0 };
    let timer;

    api.on?.("after_tool_call", (ev) => { counters.tool_calls++; if (ev?.error) counters.tool_errors++; });
    api.on?.("message_received", () => { counters.messages_in++; });

    async function flush() {
      const c = cfg();
      if (!c.url || !c.username || !c.apiKey) return;
      const ts = BigInt(Date.now()) * 1_000_000n;
      const tags = { host: os.hostname(), service: "openclaw-gateway", ...(c.extraLabels ?? {}) };
      const lines = [
        line("openclaw_host", tags, await hostMetrics(), ts),
        line("openclaw_process", tags, processMetrics(), ts),
        line("openclaw_activity", tags, { ...counters }, ts),
      ];
      try {
        await push(c, lines);
      } catch (e) {
        api.logger?.warn?.(`grafana-metrics: ${e.message}`);
      }
    }

    api.registerService({
      id: "grafana-metrics-pusher",
      start() {
        const every = Math.max(10, cfg().intervalSeconds ?? 30) * 1000;
        timer = setInterval(() => flush(), every);
        flush();
      },
      stop() { clearInterval(timer); return flush(); },
    });
  },
};
