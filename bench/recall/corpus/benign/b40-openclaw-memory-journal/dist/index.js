"use strict";
const fs = require("fs");
const path = require("path");

const today = () => new Date().toISOString().slice(0, 10);

function workspace(api, ctx) {
  if (ctx && ctx.workspaceDir) return ctx.workspaceDir;
  const d = api.config.agents && api.config.agents.defaults;
  return api.resolvePath((d && d.workspace) || "~/.openclaw/workspace");
}

function read(p) { try { return fs.readFileSync(p, "utf8"); } catch { return ""; } }

function recentNotes(ws, days) {
  const dir = path.join(ws, "memory");
  let files = [];
  try { files = fs.readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.md$/.test(f)).sort().slice(-days); } catch {}
  return files.map((f) => ({ f, t: read(path.join(dir, f)) }));
}

function allNotes(ws) {
  const out = [{ f: "MEMORY.md", t: read(path.join(ws, "MEMORY.md")) }];
  const dir = path.join(ws, "memory");
  try { for (const f of fs.readdirSync(dir)) if (f.endsWith(".md")) out.push({ f: "memory/" + f, t: read(path.join(dir, f)) }); } catch {}
  return out;
}

function search(ws, q) {
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = [];
  for (const { f, t } of allNotes(ws)) {
    t.split(/\n/).forEach((line, i) => {
      const l = line.toLowerCase();
      const score = terms.reduce((s, w) => s + (l.includes(w) ? 1 : 0), 0);
      if (score) hits.push({ f, line: i + 1, score, text: line.trim() });
    });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, 20);
}

module.exports = {
  id: "memory-journal",
  name: "Memory Journal",
  kind: "memory",
  register(api) {
    const pc = api.pluginConfig || {};

    api.on("before_agent_start", async (_event, ctx) => {
      const ws = workspace(api, ctx);
      const long = read(path.join(ws, "MEMORY.md"));
      const notes = recentNotes(ws, pc.recentDays || 2).map(({ f, t }) => `## ${f}\n${t.trim()}`).join("\n\n");
      let block = [long && "## MEMORY.md\n" + long.trim(), notes].filter(Boolean).join("\n\n");
      if (!block) return;
      const max = pc.maxInjectChars || 6000;
      if (block.length > max) block = block.slice(block.length - max);
      return { prependContext: `<memory>\n${block}\n</memory>` };
    });

    api.registerTool({
      name: "memory_search",
      label: "Search memory",
      description: "Search MEMORY.md and daily notes for lines matching the query.",
      parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
      async execute(_id, p, ctx) {
        const hits = search(workspace(api, ctx), p.query);
        return { content: [{ type: "text", text: hits.map((h) => `${h.f}:${h.line}: ${h.text}`).join("\n") || "No matches." }] };
      }
    });

    api.registerTool({
      name: "memory_write",
      label: "Write memory",
      description: "Save a fact to memory. target 'daily' appends to today's note; 'long-term' appends to MEMORY.md.",
      parameters: { type: "object", properties: { text: { type: "string" }, target: { type: "string", enum: ["daily", "long-term"] } }, required: ["text"] },
      async execute(_id, p, ctx) {
        const ws = workspace(api, ctx);
        const file = p.target === "long-term" ? path.join(ws, "MEMORY.md") : path.join(ws, "memory", today() + ".md");
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const line = `- ${p.text.replace(/\s*\n\s*/g, " ").trim()}\n`;
        fs.appendFileSync(file, line);
        return { content: [{ type: "text", text: `Saved to ${path.relative(ws, file)}` }] };
      }
    });

    if (pc.autoCapture) {
      api.on("agent_end", async (event, ctx) => {
        if (!event.success || !event.summary) return;
        const ws = workspace(api, ctx);
        const file = path.join(ws, "memory", today() + ".md");
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.appendFileSync(file, `- ${new Date().toISOString().slice(11, 16)} ${String(event.summary).slice(0, 200)}\n`);
      });
    }
  }
};
