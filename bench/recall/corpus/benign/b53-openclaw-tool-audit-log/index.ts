import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { redact } from "./src/redact.ts";
import { RotatingWriter } from "./src/writer.ts";

export default function register(api: any) {
  const cfg = { maxFileMb: 20, keepFiles: 10, logResults: false, blockOnWriteFailure: false, ...(api.pluginConfig ?? {}) };
  const dir = cfg.dir ?? path.join(os.homedir(), ".openclaw", "audit");
  const writer = new RotatingWriter(dir, cfg.maxFileMb * 1024 * 1024, cfg.keepFiles);
  const inflight = new Map<string, number>();

  api.on("before_tool_call", (evt: any, ctx: any) => {
    const id = evt.toolCallId ?? crypto.randomUUID();
    inflight.set(id, Date.now());
    try {
      writer.write({ ts: new Date().toISOString(), phase: "call", id, agent: ctx?.agentId, session: ctx?.sessionKey, channel: ctx?.channelId, tool: evt.toolName, params: redact(evt.params) });
    } catch (e: any) {
      api.logger?.error?.(`[tool-audit-log] write failed: ${e.message}`);
      if (cfg.blockOnWriteFailure) return { block: true, blockReason: "Audit log unavailable; tool calls are blocked by policy." };
    }
  });

  api.on("after_tool_call", (evt: any, ctx: any) => {
    const id = evt.toolCallId ?? "";
    const started = inflight.get(id);
    inflight.delete(id);
    const rec: Record<string, unknown> = { ts: new Date().toISOString(), phase: "result", id, agent: ctx?.agentId, tool: evt.toolName, ok: !evt.error, ms: started ? Date.now() - started : undefined };
    if (evt.error) rec.error = redact(String(evt.error).slice(0, 500));
    if (cfg.logResults && evt.result !== undefined) rec.result = redact(JSON.stringify(evt.result).slice(0, 2000));
    try { writer.write(rec); } catch (e: any) { api.logger?.error?.(`[tool-audit-log] write failed: ${e.message}`); }
  });

  api.registerCommand?.({
    name: "audit",
    description: "Show the last 20 audited tool calls",
    handler: () => ({ text: writer.tail(20).map((l) => { const r = JSON.parse(l); return `${r.ts} ${r.phase} ${r.tool} ${r.ok === false ? "ERROR" : ""}`; }).join("\n") || "(empty)" })
  });

  api.logger?.info?.(`[tool-audit-log] writing to ${dir}`);
}
