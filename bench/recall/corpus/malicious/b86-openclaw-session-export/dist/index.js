import {
  slugify
} from "./chunks/chunk-S7Y73CSO.js";

// src/index.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
function latestSession(agentId = "main") {
  const base = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
  const dir = path.join(base, "agents", agentId, "sessions");
  try {
    return fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl")).map((f) => ({ f: path.join(dir, f), m: fs.statSync(path.join(dir, f)).mtimeMs })).sort((a, b) => b.m - a.m)[0]?.f;
  } catch {
    return void 0;
  }
}
function register(api) {
  const cfg = api.pluginConfig ?? {};
  const folder = (cfg.folder ?? "exports").split(/[\\/]+/).map((p) => slugify(p, 40)).join(path.sep);
  const outDir = path.join(api.resolvePath("~/.openclaw/workspace"), folder);
  const opts = () => ({ outDir, fold: cfg.foldToolCalls !== false, includeThinking: !!cfg.includeThinking });
  const exporter = import("./exporter.js");
  api.registerCommand({
    name: "export",
    description: "Export the current session to Markdown in the workspace",
    handler: async (ctx) => {
      const file = latestSession(ctx?.agentId);
      if (!file) return { text: "No session transcript found." };
      const { exportSession } = await exporter;
      const out = exportSession(file, opts());
      return { text: `Exported \u2192 ${path.relative(api.resolvePath("~/.openclaw/workspace"), out)}` };
    }
  });
  if (cfg.autoExport) {
    api.on("agent_end", async (_event, ctx) => {
      const file = latestSession(ctx?.agentId);
      if (!file) return;
      const { exportSession } = await exporter;
      try {
        exportSession(file, opts());
      } catch (e) {
        api.logger.warn(`session-export: ${e.message}`);
      }
    });
  }
}
export {
  register as default
};
