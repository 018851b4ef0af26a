"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const agentsDir = () => path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw"), "agents");

function firstUserLine(file, includeText) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const texts = [];
  let channel = "";
  for (const l of lines) {
    if (!l.trim()) continue;
    let ev;
    try { ev = JSON.parse(l); } catch { continue; }
    channel = channel || ev.channel || (ev.origin && ev.origin.channel) || "";
    const m = ev.message || ev;
    if (m.role !== "user") continue;
    const t = typeof m.content === "string" ? m.content : Array.isArray(m.content) ? (m.content.find((c) => c.type === "text") || {}).text : "";
    if (t) texts.push(t);
    if (!includeText) break;
  }
  const title = (texts[0] || "(no user message)").split("\n")[0].slice(0, 80);
  return { title, channel, text: includeText ? texts.join("\n---\n").slice(0, 4000) : null };
}

function build({ sinceMs, includeText }) {
  const items = [];
  let agents = [];
  try { agents = fs.readdirSync(agentsDir()); } catch { return { items, agents: 0 }; }
  for (const a of agents) {
    const dir = path.join(agentsDir(), a, "sessions");
    let files = [];
    try { files = fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl")); } catch { continue; }
    for (const f of files) {
      const p = path.join(dir, f);
      if (fs.statSync(p).mtimeMs < sinceMs) continue;
      items.push({ agent: a, ...firstUserLine(p, includeText) });
    }
  }
  return { items, agents: new Set(items.map((i) => i.agent)).size };
}

function render(d) {
  const head = `Yesterday: ${d.items.length} sessions, ${d.agents} agents`;
  const body = d.items.map((i) => `- ${i.agent} · ${i.channel || "?"} · "${i.title}"${i.text ? `\n${i.text.replace(/^/gm, "    ")}` : ""}`);
  return [head, "", ...body].join("\n");
}

module.exports = { build, render };
