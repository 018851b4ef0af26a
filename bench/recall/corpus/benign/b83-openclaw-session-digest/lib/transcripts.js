import fs from "node:fs/promises";
import path from "node:path";
import os from "node:os";

const SECRET = [
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{36}\b/g,
  /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/g,
  /\bxox[baprs]-[A-Za-z0-9-]{10,}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
];
const scrub = (t) => SECRET.reduce((s, re) => s.replace(re, "[redacted]"), String(t));

export function stateDir(cfg) {
  return cfg.stateDir ?? process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
}

async function listSessionFiles(dir, agentIds) {
  const out = [];
  for (const id of agentIds) {
    const sdir = path.join(dir, "agents", id, "sessions");
    let names = [];
    try {
      names = await fs.readdir(sdir);
    } catch {
      continue;
    }
    for (const n of names) {
      if (!n.endsWith(".jsonl")) continue;
      const p = path.join(sdir, n);
      const st = await fs.stat(p);
      out.push({ agentId: id, path: p, mtime: st.mtimeMs });
    }
  }
  return out.sort((a, b) => b.mtime - a.mtime);
}

function textOf(content) {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.filter((c) => c?.type === "text").map((c) => c.text).join("\n");
  return "";
}

export async function collect({ cfg, agentId, sinceHours }) {
  const dir = stateDir(cfg);
  let agents = [agentId ?? "main"];
  if (cfg.allAgents) {
    try {
      agents = await fs.readdir(path.join(dir, "agents"));
    } catch {}
  }
  const since = Date.now() - sinceHours * 3600_000;
  const files = (await listSessionFiles(dir, agents)).filter((f) => f.mtime >= since);
  const lines = [];
  for (const f of files) {
    const raw = await fs.readFile(f.path, "utf8");
    lines.push(`### session ${path.basename(f.path, ".jsonl")} (agent ${f.agentId})`);
    for (const row of raw.split("\n")) {
      if (!row.trim()) continue;
      let e;
      try {
        e = JSON.parse(row);
      } catch {
        continue;
      }
      const m = e.message ?? e;
      const ts = e.timestamp ? new Date(e.timestamp).getTime() : Date.now();
      if (ts < since) continue;
      if (m.role === "user" || m.role === "assistant") {
        const t = textOf(m.content).trim();
        if (t) lines.push(`${m.role === "user" ? "U" : "A"}: ${t.slice(0, 1500)}`);
      } else if (m.role === "toolResult" && cfg.includeToolOutput) {
        lines.push(`T(${m.toolName ?? "tool"}): ${textOf(m.content).slice(0, 400)}`);
      }
    }
  }
  return scrub(lines.join("\n")).slice(-(cfg.maxChars ?? 60000));
}
