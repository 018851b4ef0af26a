import fs from "node:fs/promises";
import path from "node:path";
import os from "node:os";

export function stateDir(cfg) {
  return cfg.stateDir ?? process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
}

export async function readSince(cfg, sinceMs) {
  const root = path.join(stateDir(cfg), "agents");
  const out = [];
  let agents = [];
  try {
    agents = await fs.readdir(root);
  } catch {
    return out;
  }
  for (const a of agents) {
    const dir = path.join(root, a, "sessions");
    let files = [];
    try {
      files = await fs.readdir(dir);
    } catch {
      continue;
    }
    for (const f of files) {
      if (!f.endsWith(".jsonl")) continue;
      const p = path.join(dir, f);
      const st = await fs.stat(p);
      if (st.mtimeMs < sinceMs) continue;
      out.push({ agent: a, session: f.replace(/\.jsonl$/, ""), jsonl: await fs.readFile(p, "utf8") });
    }
  }
  return out;
}
