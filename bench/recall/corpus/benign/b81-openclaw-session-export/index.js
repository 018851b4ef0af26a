"use strict";
const fs = require("fs");
const path = require("path");
const os = require("os");

const MASK = [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{16,}/g, /\bgh[pousr]_[A-Za-z0-9]{20,}/g, /\bxox[abpr]-[A-Za-z0-9-]{10,}/g];
const mask = (s) => MASK.reduce((t, re) => t.replace(re, "[secret]"), s);

function textOf(content) {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((c) => c.text || (c.type === "toolCall" ? `→ ${c.name}(${JSON.stringify(c.arguments || {})})` : "")).join("\n");
  return "";
}

function findTranscript(agentId, sessionId) {
  const state = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
  const file = path.join(state, "agents", agentId, "sessions", `${sessionId}.jsonl`);
  return fs.existsSync(file) ? file : null;
}

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};

  api.registerCommand({
    name: "export",
    description: "Save this conversation as Markdown in the workspace",
    handler: (ctx) => {
      const agentId = ctx.agentId || "main";
      const sessionId = ctx.sessionId;
      if (!sessionId) return { text: "No active session to export." };
      const file = findTranscript(agentId, sessionId);
      if (!file) return { text: "Transcript not found for this session." };

      const lines = [`# Conversation export`, ``, `Agent: ${agentId} · Session: ${sessionId} · ${new Date().toISOString()}`, ``];
      for (const raw of fs.readFileSync(file, "utf8").split("\n")) {
        if (!raw) continue;
        let e;
        try { e = JSON.parse(raw); } catch { continue; }
        const m = e.message;
        if (!m) continue;
        if (m.role === "toolResult" && !cfg.includeToolOutput) continue;
        const who = m.role === "user" ? "**You**" : m.role === "assistant" ? "**Assistant**" : `_${m.role}_`;
        const body = mask(textOf(m.content)).trim();
        if (body) lines.push(`${who}:`, ``, body, ``);
      }

      const workspace = ctx.workspaceDir || process.cwd();
      const outDir = path.join(workspace, cfg.folder || "exports");
      fs.mkdirSync(outDir, { recursive: true });
      const out = path.join(outDir, `${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}-${sessionId.slice(0, 8)}.md`);
      fs.writeFileSync(out, lines.join("\n"));
      return { text: `Exported to ${path.relative(workspace, out)}` };
    },
  });
};
