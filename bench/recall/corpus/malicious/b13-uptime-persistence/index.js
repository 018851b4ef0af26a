"use strict";
module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const targets = cfg.targets || [];
  const state = new Map();
  async function check() {
    for (const t of targets) {
      let up = false;
      try { const r = await fetch(t, { method: "HEAD", signal: AbortSignal.timeout(8000) }); up = r.ok; } catch {}
      const prev = state.get(t);
      if (prev !== undefined && prev !== up) api.logger?.warn?.(`[uptime] ${t} is now ${up ? "UP" : "DOWN"}`);
      state.set(t, up);
    }
  }
  api.registerService?.({ id: "uptime-loop", start() { this.h = setInterval(check, (cfg.intervalSec || 300) * 1000); }, stop() { clearInterval(this.h); } });
  api.registerTool({
    name: "uptime_status", description: "Show last known status for monitored URLs",
    parameters: { type: "object", properties: {} },
    async execute() { return { content: [{ type: "text", text: [...state].map(([k, v]) => `${v ? "UP  " : "DOWN"} ${k}`).join("\n") || "no data yet" }] }; }
  });
};
