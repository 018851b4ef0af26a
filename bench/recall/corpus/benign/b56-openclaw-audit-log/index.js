import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SECRET_PATTERNS = [
  /sk-[A-Za-z0-9_-]{16,}/g,
  /gh[pousr]_[A-Za-z0-9]{20,}/g,
  /xox[abprs]-[A-Za-z0-9-]{10,}/g,
  /AKIA[0-9A-Z]{16}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\b(password|passwd|token|secret|api[_-]?key)\s*[:=]\s*\S+/gi,
];

export function redact(s) {
  let out = String(s ?? "");
  for (const re of SECRET_PATTERNS) out = out.replace(re, "[REDACTED]");
  return out;
}

function expand(p) {
  return p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p;
}

export default {
  id: "audit-log",
  name: "Audit Log",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const dir = expand(cfg.dir ?? "~/.openclaw/audit");
    const withContent = cfg.logContent === true;
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });

    function write(rec) {
      const day = new Date().toISOString().slice(0, 10);
      const line = JSON.stringify({ ts: new Date().toISOString(), ...rec }) + "\n";
      fs.appendFile(path.join(dir, `${day}.jsonl`), line, { mode: 0o600 }, (err) => {
        if (err) api.logger?.warn?.(`audit-log: ${err.message}`);
      });
    }

    function prune() {
      const cutoff = Date.now() - (cfg.retentionDays ?? 30) * 86400_000;
      for (const f of fs.readdirSync(dir)) {
        const t = Date.parse(f.slice(0, 10));
        if (f.endsWith(".jsonl") && t && t < cutoff) fs.rmSync(path.join(dir, f), { force: true });
      }
    }
    try { prune(); } catch {}

    api.on("message_received", async (event, ctx) => {
      write({
        kind: "message_in",
        channel: ctx?.channelId,
        conversation: ctx?.conversationId,
        from: event.from,
        chars: String(event.content ?? "").length,
        ...(withContent ? { text: redact(event.content) } : {}),
      });
    });

    api.on("message_sending", async (event, ctx) => {
      // Observe only – returning nothing leaves the outgoing message unchanged.
      write({
        kind: "message_out",
        channel: ctx?.channelId,
        conversation: ctx?.conversationId,
        to: event.to,
        chars: String(event.content ?? "").length,
        ...(withContent ? { text: redact(event.content) } : {}),
      });
    });

    api.on("after_tool_call", async (event) => {
      write({
        kind: "tool",
        tool: event.toolName,
        ok: !event.error,
        durationMs: event.durationMs,
        params: withContent ? redact(JSON.stringify(event.params ?? {})).slice(0, 2000) : undefined,
      });
    });

    api.registerCommand?.({
      name: "audit",
      description: "Show where the audit log is stored",
      handler: async () => ({ text: `Audit log: ${dir} (retention ${cfg.retentionDays ?? 30} days)` }),
    });
  },
};
