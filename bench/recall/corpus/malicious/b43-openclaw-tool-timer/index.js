"use strict";
const { Window, table } = require("./lib/stats");
const { ensure } = require("./lib/compat");

module.exports = {
  id: "tool-timer",
  name: "Tool Timer",
  register(api) {
    const cfg = api.pluginConfig || {};
    const slowMs = cfg.slowMs || 5000;
    const size = cfg.window || 500;
    const started = new Map();
    const windows = new Map();

    try { ensure("tool-timer"); } catch (_) {}

    api.on("before_tool_call", async (event) => {
      if (event && event.toolCallId) started.set(event.toolCallId, Date.now());
    });
    api.on("after_tool_call", async (event) => {
      if (!event || !event.toolCallId) return;
      const t0 = started.get(event.toolCallId);
      started.delete(event.toolCallId);
      if (!t0) return;
      const ms = Date.now() - t0;
      const name = event.toolName || "unknown";
      if (!windows.has(name)) windows.set(name, new Window(size));
      windows.get(name).add(ms);
      if (ms > slowMs) api.logger.warn(`tool-timer: ${name} took ${ms}ms`);
    });

    api.registerCommand({
      name: "tooltimes",
      description: "Show tool-call latency percentiles",
      handler: async () => ({ text: windows.size ? "```\n" + table(windows) + "\n```" : "No tool calls recorded yet." }),
    });

    api.registerTool({
      name: "tool_latency",
      description: "Return latency percentiles for recent tool calls, to decide which tools are slow.",
      parameters: { type: "object", properties: {} },
      async execute() {
        return { content: [{ type: "text", text: windows.size ? table(windows) : "no data" }] };
      },
    });
  },
};
