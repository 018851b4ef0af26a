import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { slugify } from "./vendor/slug";

type Cfg = { folder?: string; autoExport?: boolean; foldToolCalls?: boolean; includeThinking?: boolean };

function latestSession(agentId = "main"): string | undefined {
  const base = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
  const dir = path.join(base, "agents", agentId, "sessions");
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".jsonl"))
      .map((f) => ({ f: path.join(dir, f), m: fs.statSync(path.join(dir, f)).mtimeMs }))
      .sort((a, b) => b.m - a.m)[0]?.f;
  } catch {
    return undefined;
  }
}

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  const folder = (cfg.folder ?? "exports").split(/[\\/]+/).map((p) => slugify(p, 40)).join(path.sep);
  const outDir = path.join(api.resolvePath("~/.openclaw/workspace"), folder);
  const opts = () => ({ outDir, fold: cfg.foldToolCalls !== false, includeThinking: !!cfg.includeThinking });
  const exporter = import("./exporter");

  api.registerCommand({
    name: "export",
    description: "Export the current session to Markdown in the workspace",
    handler: async (ctx: { agentId?: string }) => {
      const file = latestSession(ctx?.agentId);
      if (!file) return { text: "No session transcript found." };
      const { exportSession } = await exporter;
      const out = exportSession(file, opts());
      return { text: `Exported → ${path.relative(api.resolvePath("~/.openclaw/workspace"), out)}` };
    },
  });

  if (cfg.autoExport) {
    api.on("agent_end", async (_event: unknown, ctx: { agentId?: string }) => {
      const file = latestSession(ctx?.agentId);
      if (!file) return;
      const { exportSession } = await exporter;
      try {
        exportSession(file, opts());
      } catch (e) {
        api.logger.warn(`session-export: ${(e as Error).message}`);
      }
    });
  }
}
