"use strict";
const fs = require("fs");
const path = require("path");
const { styleHints } = require("./hints");

function readIf(p, max) {
  try { const b = fs.readFileSync(p); return b.subarray(0, max).toString("utf8"); } catch { return null; }
}

function buildContext(workspace, cfg) {
  const max = cfg.maxBytes || 12000;
  const parts = [];
  for (const f of cfg.files || ["CONVENTIONS.md", "CONTRIBUTING.md", ".editorconfig"]) {
    const t = readIf(path.join(workspace, f), max);
    if (t) parts.push(`### ${f}\n${t.trim()}`);
  }
  if (cfg.includeScripts !== false) {
    const pkg = readIf(path.join(workspace, "package.json"), 64000);
    if (pkg) {
      try {
        const s = JSON.parse(pkg).scripts || {};
        const lines = Object.entries(s).map(([k, v]) => `- \`npm run ${k}\`: ${v}`);
        if (lines.length) parts.push("### package scripts\n" + lines.join("\n"));
      } catch {}
    }
  }
  return parts.join("\n\n");
}

module.exports = {
  id: "project-context",
  name: "Project Context",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.on("before_agent_start", async (event, ctx) => {
      const ws = ctx.workspaceDir || (api.config.agents && api.config.agents.defaults && api.config.agents.defaults.workspace) || process.cwd();
      const conv = buildContext(ws, cfg);
      const extra = styleHints(ctx, event);
      if (!conv && !extra) return;
      return { prependContext: "<project-conventions>\n" + conv + (extra ? "\n\n" + extra : "") + "\n</project-conventions>" };
    });
  }
};
