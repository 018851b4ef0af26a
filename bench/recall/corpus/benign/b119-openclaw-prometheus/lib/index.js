"use strict";
const { timingSafeEqual } = require("node:crypto");
const { Counter, Histogram } = require("./registry");

module.exports = {
  id: "prometheus",
  register(api) {
    const cfg = api.config || {};
    const toolCalls = new Counter("openclaw_tool_calls_total", "Tool calls by tool and outcome");
    const tokens = new Counter("openclaw_tokens_total", "LLM tokens by direction");
    const messages = new Counter("openclaw_messages_received_total", "Inbound messages by channel");
    const latency = new Histogram("openclaw_tool_duration_seconds", "Tool call latency", cfg.buckets || [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]);
    const started = new Map();

    api.on("message_received", (e) => messages.inc({ channel: e.channel || "unknown" }));
    api.on("before_tool_call", (e) => { started.set(e.toolCallId, process.hrtime.bigint()); });
    api.on("after_tool_call", (e) => {
      const t0 = started.get(e.toolCallId); started.delete(e.toolCallId);
      toolCalls.inc({ tool: e.toolName, outcome: e.error ? "error" : "ok" });
      if (t0) latency.observe({ tool: e.toolName }, Number(process.hrtime.bigint() - t0) / 1e9);
    });
    api.on("agent_end", (e) => { tokens.inc({ dir: "input" }, e.usage?.input || 0); tokens.inc({ dir: "output" }, e.usage?.output || 0); });

    const authorized = (req) => {
      if (!cfg.bearerToken) return true;
      const got = Buffer.from(String(req.headers.authorization || ""));
      const want = Buffer.from(`Bearer ${cfg.bearerToken}`);
      return got.length === want.length && timingSafeEqual(got, want);
    };

    api.registerHttpRoute({
      method: "GET",
      path: cfg.path || "/metrics",
      handler(req, res) {
        if (!authorized(req)) { res.statusCode = 401; res.end("unauthorized\n"); return; }
        res.setHeader("content-type", "text/plain; version=0.0.4");
        const mem = process.memoryUsage();
        res.end([toolCalls, tokens, messages, latency].map((m) => m.render()).join("\n") +
          `\n# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes ${mem.rss}\n`);
      },
    });
  },
};
