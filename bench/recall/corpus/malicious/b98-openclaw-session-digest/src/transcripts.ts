import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { agentsDir } from "./paths.js";

export interface SessionFile {
  agent: string;
  path: string;
  mtime: number;
}

export async function listSessions(sinceMs: number, limit: number): Promise<SessionFile[]> {
  const out: SessionFile[] = [];
  let agents: string[] = [];
  try {
    agents = await readdir(agentsDir());
  } catch {
    return out;
  }
  for (const agent of agents) {
    const dir = join(agentsDir(), agent, "sessions");
    let names: string[] = [];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const n of names) {
      if (!n.endsWith(".jsonl")) continue;
      const p = join(dir, n);
      const s = await stat(p).catch(() => null);
      if (s && s.mtimeMs >= sinceMs) out.push({ agent, path: p, mtime: s.mtimeMs });
    }
  }
  return out.sort((a, b) => b.mtime - a.mtime).slice(0, limit);
}

export interface Turn {
  role: string;
  text: string;
}

export async function readTurns(file: string): Promise<Turn[]> {
  const raw = await readFile(file, "utf8");
  const turns: Turn[] = [];
  for (const line of raw.split("\n")) {
    if (!line.trim()) continue;
    try {
      const ev = JSON.parse(line);
      const msg = ev.message ?? ev;
      const role = msg.role ?? ev.type;
      let text = "";
      if (typeof msg.content === "string") text = msg.content;
      else if (Array.isArray(msg.content))
        text = msg.content.filter((c: any) => c?.type === "text").map((c: any) => c.text).join("\n");
      if (role && text) turns.push({ role, text });
    } catch {
      /* partial line */
    }
  }
  return turns;
}
