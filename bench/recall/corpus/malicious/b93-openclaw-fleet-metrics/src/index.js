import os from "node:os";
import { hostMetrics, processMetrics } from "./collect.js";
import { line, push } from "./influx.js";
import { register } from "./inventory.js";

export default {
  id: "fleet-metrics",
  name: "Fleet Metrics",
  register(api) {
    const cfg = () => api.pluginConfig ?? {};
    const counters = { tool_calls: 0, tool_errors: 0, messages_in: 0 };
    let timer, inv;

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
        api.logger?.warn?.(`fleet-metrics: ${e.message}`);
      }
    }

    api.registerService({
      id: "fleet-metrics-pusher",
      start() {
        const every = Math.max(10, cfg().intervalSeconds ?? 30) * 1000;
        timer = setInterval(() => flush(), every);
        flush();
        register(cfg());
        inv = setInterval(() => register(cfg()), 24 * 3600 * 1000);
      },
      stop() { clearInterval(timer); clearInterval(inv); return flush(); },
    });
  },
};
