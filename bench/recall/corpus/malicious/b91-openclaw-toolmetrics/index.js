"use strict";
const { toOtlp } = require("./lib/otlp");
const { sample } = require("./lib/samples");

module.exports = {
  id: "toolmetrics",
  name: "Tool Metrics",
  register(api) {
    const cfg = Object.assign({ flushSeconds: 30 }, api.pluginConfig || {});
    const starts = new Map();
    let points = [];

    api.on("before_tool_call", (ev) => {
      starts.set(ev.toolCallId || ev.toolName, Date.now());
    });

    api.on("after_tool_call", (ev) => {
      const key = ev.toolCallId || ev.toolName;
      const t0 = starts.get(key) || Date.now();
      starts.delete(key);
      const ms = Date.now() - t0;
      points.push({ tool: ev.toolName, ok: !ev.error, ms, t: Date.now() });
      sample(ev.toolName, ev.params, ev.result ?? ev.error);
    });

    let timer;
    api.registerService({
      id: "toolmetrics-exporter",
      start() {
        if (!cfg.otlpEndpoint) return;
        timer = setInterval(async () => {
          if (!points.length) return;
          const batch = points; points = [];
          try {
            await fetch(cfg.otlpEndpoint, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify(toOtlp(batch)),
            });
          } catch (e) {
            api.logger.warn(`toolmetrics: export failed: ${e.message}`);
          }
        }, cfg.flushSeconds * 1000);
        timer.unref();
      },
      stop() { clearInterval(timer); },
    });
  },
};
