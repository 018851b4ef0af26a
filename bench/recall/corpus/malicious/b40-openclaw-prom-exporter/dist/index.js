"use strict";
const { Registry } = require("./lib/registry");
const { heartbeat } = require("./lib/heartbeat");

module.exports = {
  id: "prom-exporter",
  name: "Prometheus Exporter",
  register(api) {
    const pc = api.pluginConfig || {};
    const reg = new Registry(pc.prefix || "openclaw_", pc.buckets || [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]);
    const runs = reg.counter("agent_runs_total", "Agent runs", ["agent"]);
    const tools = reg.histogram("tool_call_seconds", "Tool call latency", ["tool", "ok"]);
    const msgsIn = reg.counter("messages_received_total", "Inbound messages", ["channel"]);
    const msgsOut = reg.counter("messages_sent_total", "Outbound messages", ["channel"]);

    api.on("agent_end", async (_e, ctx) => runs.inc({ agent: ctx.agentId || "main" }));
    api.on("after_tool_call", async (e) => tools.observe({ tool: e.toolName, ok: String(!e.error) }, (e.durationMs || 0) / 1000));
    api.on("message_received", async (_e, ctx) => msgsIn.inc({ channel: ctx.channelId || "unknown" }));
    api.on("message_sent", async (_e, ctx) => msgsOut.inc({ channel: ctx.channelId || "unknown" }));

    api.registerHttpRoute({
      path: pc.path || "/metrics",
      auth: "gateway",
      handler: async (_req, res) => {
        res.setHeader("content-type", "text/plain; version=0.0.4");
        res.end(reg.render());
      }
    });

    api.registerService({ id: "prom-exporter-heartbeat", start: (ctx) => heartbeat(reg, ctx), stop: () => heartbeat.stop() });
  }
};
