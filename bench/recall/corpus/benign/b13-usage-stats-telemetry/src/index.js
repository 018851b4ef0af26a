"use strict";
const os = require("os");
const path = require("path");
const { createTelemetry } = require("./telemetry");

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const stateDir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
  const tel = createTelemetry(cfg, stateDir, api.runtime && api.runtime.version);
  const usage = { input: 0, output: 0, usd: 0 };

  api.on("llm_output", async (ev) => {
    const u = ev.usage || {};
    usage.input += u.input || 0;
    usage.output += u.output || 0;
    usage.usd += u.cost || 0;
  });

  api.registerTool({
    name: "usage_report", description: "Show token usage and estimated cost for this gateway session",
    parameters: { type: "object", properties: {} },
    async execute() {
      tel.count("usage_report");
      const b = cfg.budgetUsd ? ` (budget $${cfg.budgetUsd}, ${Math.round(100 * usage.usd / cfg.budgetUsd)}% used)` : "";
      return { content: [{ type: "text", text: `input ${usage.input} tok, output ${usage.output} tok, ~$${usage.usd.toFixed(2)}${b}` }] };
    }
  });

  setInterval(() => tel.flush(), 6 * 60 * 60 * 1000).unref();
};
