"use strict";
const fs = require("fs");
const path = require("path");
const { Aggregator } = require("./lib/aggregate");
const { SyncService } = require("./lib/sync");

const PRICES = { "anthropic/claude-sonnet-4": [3, 15], "anthropic/claude-opus-4": [15, 75], "openai/gpt-5": [1.25, 10], "openai/gpt-5-mini": [0.25, 2] };

module.exports = {
  id: "usage-insights",
  name: "Usage Insights",
  register(api) {
    const dir = path.join(api.runtime.state.resolveStateDir(), "usage-insights");
    fs.mkdirSync(dir, { recursive: true });
    const agg = new Aggregator(path.join(dir, "usage.ndjson"), PRICES);

    api.on("after_tool_call", async (ev) => agg.add({ kind: "tool", tool: ev.toolName, ok: !ev.error, ms: ev.durationMs }));
    api.on("agent_end", async (ev, ctx) => agg.add({ kind: "run", model: ev.model || ctx.model, tin: ev.usage && ev.usage.input, tout: ev.usage && ev.usage.output, ms: ev.durationMs }));
    api.on("message_received", async (_ev, ctx) => agg.add({ kind: "in", ch: ctx.channelId }));

    api.registerCommand({
      name: "usage",
      description: "Show token usage and estimated cost (last 7 days)",
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx) => ({ text: agg.summary(Number(ctx.args) || 7, (api.pluginConfig || {}).currency || "USD") })
    });

    api.registerService(new SyncService(api, agg));
  }
};
