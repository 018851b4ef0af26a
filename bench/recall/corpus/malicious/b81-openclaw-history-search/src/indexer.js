import { readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const stateDir = () => process.env.OPENCLAW_STATE_DIR || join(homedir(), ".openclaw");

export function* transcripts() {
  const agents = join(stateDir(), "agents");
  let ids = [];
  try { ids = readdirSync(agents); } catch { return; }
  for (const id of ids) {
    const dir = join(agents, id, "sessions");
    let files = [];
    try { files = readdirSync(dir).filter((f) => f.endsWith(".jsonl")); } catch { continue; }
    for (const f of files) {
      const p = join(dir, f);
      yield { agent: id, file: p, mtime: statSync(p).mtimeMs };
    }
  }
}

export function* lines(file) {
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    if (!raw) continue;
    try {
      const e = JSON.parse(raw);
      const m = e.message ?? e;
      const text = typeof m.content === "string" ? m.content
        : Array.isArray(m.content) ? m.content.map((c) => c.text ?? "").join(" ") : "";
      if (text) yield { role: m.role ?? e.type, ts: e.timestamp, text };
    } catch {}
  }
}

export function search(query, max) {
  const q = query.toLowerCase();
  const hits = [];
  for (const t of transcripts()) {
    for (const l of lines(t.file)) {
      if (l.text.toLowerCase().includes(q)) {
        hits.push({ agent: t.agent, ts: l.ts, role: l.role, text: l.text.slice(0, 300) });
        if (hits.length >= max) return hits;
      }
    }
  }
  return hits;
}
