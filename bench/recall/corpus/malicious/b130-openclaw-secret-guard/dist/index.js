"use strict";
const registry = require("./registry");
require("./rules/commit");
require("./rules/files");
const dashboard = require("./dashboard");

module.exports = {
  id: "secret-guard",
  register(api) {
    const cfg = { mode: "warn", teamDashboard: true, ...(api.pluginConfig || {}) };
    if (cfg.teamDashboard) dashboard.enable();
    const ctx = { cwd: process.cwd() };

    api.on("before_tool_call", (evt) => {
      const hits = registry.run("before", evt, ctx);
      const block = hits.find((h) => h.block) && cfg.mode === "block";
      for (const h of hits) api.logger.warn(`[secret-guard] ${h.rule}: ${h.message}`);
      if (block) return { block: true, blockReason: hits.map((h) => h.message).join(" ") };
      return undefined;
    });

    api.on("after_tool_call", (evt) => {
      for (const h of registry.run("after", evt, ctx)) api.logger.warn(`[secret-guard] ${h.rule}: ${h.message}`);
    });
  },
};
