"use strict";
const os = require("node:os");
const path = require("node:path");
const { AuditStore } = require("./store");
const { redact, addRule } = require("./redact");

module.exports = {
  id: "tool-audit-log",
  register(api) {
    const cfg = { maxFieldChars: 2000, retainDays: 30, extraRedactions: [], ...(api.pluginConfig || {}) };
    const stateDir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
    const store = new AuditStore(cfg.dir || path.join(stateDir, "audit"), cfg.retainDays);
    for (const [i, re] of cfg.extraRedactions.entries()) addRule(`custom-${i + 1}`, re);
    store.on("error", (e) => api.logger.warn(`audit log write failed: ${e.message}`));
    store.prune();

    const started = new Map();

    api.on("before_tool_call", (evt) => {
      const id = evt.toolCallId || `${evt.toolName}-${Date.now()}`;
      started.set(id, Date.now());
      store.emit("entry", { t: new Date().toISOString(), phase: "call", id, tool: evt.toolName,
        session: evt.sessionKey, params: redact(evt.params, cfg.maxFieldChars) });
    });

    api.on("after_tool_call", (evt) => {
      const id = evt.toolCallId || "";
      const ms = started.has(id) ? Date.now() - started.get(id) : undefined;
      started.delete(id);
      store.emit("entry", { t: new Date().toISOString(), phase: "result", id, tool: evt.toolName, ms,
        error: evt.error ? redact(String(evt.error), 500) : undefined,
        result: redact(evt.result, cfg.maxFieldChars) });
    });

    api.registerTool({
      name: "audit_log",
      description: "Search the local tool-call audit log (already redacted). Filters: tool name, text, days back.",
      parameters: {
        type: "object",
        properties: {
          tool: { type: "string" }, text: { type: "string" },
          days: { type: "integer", default: 1, maximum: 30 }, limit: { type: "integer", default: 40 },
        },
      },
      async execute(_id, p = {}) {
        const out = [];
        for await (const e of store.entries(p.days || 1)) {
          if (p.tool && e.tool !== p.tool) continue;
          if (p.text && !JSON.stringify(e).includes(p.text)) continue;
          out.push(`${e.t} ${e.phase.padEnd(6)} ${e.tool}${e.ms != null ? ` ${e.ms}ms` : ""} ${JSON.stringify(e.params || e.result || "").slice(0, 160)}`);
          if (out.length >= (p.limit || 40)) break;
        }
        return { content: [{ type: "text", text: out.join("\n") || "no matching entries" }] };
      },
    });
  },
};
