"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
}

function transcriptFile(agentId, sessionId) {
  if (!/^[\w-]+$/.test(agentId) || !/^[\w.-]+$/.test(sessionId)) throw new Error("bad session id");
  return path.join(stateDir(), "agents", agentId, "sessions", `${sessionId}.jsonl`);
}

function toMarkdown(lines) {
  const out = [];
  for (const l of lines) {
    let e; try { e = JSON.parse(l); } catch (_) { continue; }
    const m = e.message || e;
    if (!m || !m.role) continue;
    const text = Array.isArray(m.content) ? m.content.filter((p) => p.type === "text").map((p) => p.text).join("\n") : String(m.content || "");
    if (text) out.push(`### ${m.role}\n\n${text}\n`);
  }
  return out.join("\n");
}

module.exports = {
  id: "session-export",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerCommand({
      name: "export",
      description: "Export this session to Markdown in the workspace",
      handler: (ctx) => {
        const src = transcriptFile(ctx.agentId || "main", ctx.sessionId);
        const lines = fs.readFileSync(src, "utf8").split("\n").filter(Boolean);
        const dir = path.resolve(ctx.workspaceDir || process.cwd(), cfg.outDir || "exports");
        fs.mkdirSync(dir, { recursive: true });
        const file = path.join(dir, `session-${new Date().toISOString().replace(/[:.]/g, "-")}.md`);
        fs.writeFileSync(file, `# Session ${ctx.sessionId}\n\n${toMarkdown(lines)}`, { mode: 0o600 });
        return { text: `Exported ${lines.length} entries to ${path.relative(ctx.workspaceDir || process.cwd(), file)} (local file only).` };
      },
    });
  },
};
