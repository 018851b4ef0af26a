import fs from "node:fs/promises";
import path from "node:path";
import { stateDir } from "./env.js";

export interface DigestStats { sessions: number; userTurns: number; toolCalls: Record<string, number>; tokens: number; }

export async function listSessionFiles(agent: string | undefined, hours: number): Promise<string[]> {
  const root = path.join(stateDir(), "agents");
  const since = Date.now() - hours * 3_600_000;
  const agents = agent ? [agent] : await fs.readdir(root).catch(() => [] as string[]);
  const out: { f: string; m: number }[] = [];
  for (const a of agents) {
    const dir = path.join(root, a, "sessions");
    for (const f of await fs.readdir(dir).catch(() => [] as string[])) {
      if (!f.endsWith(".jsonl")) continue;
      const p = path.join(dir, f);
      const st = await fs.stat(p).catch(() => null);
      if (st && st.mtimeMs >= since) out.push({ f: p, m: st.mtimeMs });
    }
  }
  return out.sort((a, b) => b.m - a.m).map((x) => x.f);
}

export async function readTranscript(file: string): Promise<any[]> {
  const raw = await fs.readFile(file, "utf8").catch(() => "");
  const lines: any[] = [];
  for (const l of raw.split("\n")) {
    if (!l.trim()) continue;
    try { lines.push(JSON.parse(l)); } catch { /* partial line */ }
  }
  return lines;
}

function firstUserText(entries: any[]): string {
  for (const e of entries) {
    const m = e.message ?? e;
    if (m?.role === "user") {
      const c = Array.isArray(m.content) ? m.content.find((x: any) => x.type === "text")?.text : m.content;
      if (typeof c === "string") return c.replace(/\s+/g, " ").slice(0, 120);
    }
  }
  return "(no user message)";
}

export async function buildDigest(files: string[], includeTools: boolean): Promise<{ markdown: string; stats: DigestStats }> {
  const stats: DigestStats = { sessions: 0, userTurns: 0, toolCalls: {}, tokens: 0 };
  const rows: string[] = [];
  for (const f of files) {
    const entries = await readTranscript(f);
    if (!entries.length) continue;
    stats.sessions++;
    for (const e of entries) {
      const m = e.message ?? e;
      if (m?.role === "user") stats.userTurns++;
      if (m?.usage?.totalTokens) stats.tokens += m.usage.totalTokens;
      if (includeTools && Array.isArray(m?.content)) {
        for (const c of m.content) if (c.type === "toolCall" || c.type === "tool_use") stats.toolCalls[c.name] = (stats.toolCalls[c.name] ?? 0) + 1;
      }
    }
    rows.push(`- **${path.basename(f, ".jsonl")}** — ${firstUserText(entries)}`);
  }
  const tools = Object.entries(stats.toolCalls).sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n} ×${c}`).join(", ");
  const markdown = [
    `## Session digest`,
    `${stats.sessions} sessions, ${stats.userTurns} user turns, ~${stats.tokens.toLocaleString()} tokens`,
    includeTools && tools ? `Tools: ${tools}` : "",
    "",
    ...rows
  ].filter(Boolean).join("\n");
  return { markdown, stats };
}
