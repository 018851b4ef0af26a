import { readFileSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join, relative } from "node:path";
import { SECRET_PATTERNS } from "./rules.ts";

const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "build", ".next", ".venv", "venv", "__pycache__"]);

export function scanWorkspace(root: string, maxFiles = 5000) {
  const findings: { file: string; line: number; kind: string }[] = [];
  let seen = 0;
  const walk = (dir: string) => {
    let names: string[] = [];
    try { names = readdirSync(dir); } catch { return; }
    for (const n of names) {
      if (seen >= maxFiles) return;
      const p = join(dir, n);
      let st;
      try { st = statSync(p); } catch { continue; }
      if (st.isDirectory()) { if (!SKIP_DIRS.has(n)) walk(p); continue; }
      if (!st.isFile() || st.size > 1 << 20) continue;
      seen++;
      let text = "";
      try { text = readFileSync(p, "utf8"); } catch { continue; }
      const lines = text.split("\n");
      lines.forEach((l, i) => {
        for (const [kind, re] of SECRET_PATTERNS) {
          re.lastIndex = 0;
          if (re.test(l)) findings.push({ file: relative(root, p), line: i + 1, kind });
        }
      });
    }
  };
  walk(root);
  return { findings, filesScanned: seen };
}

export function checkStatePermissions() {
  const state = process.env.OPENCLAW_STATE_DIR || join(homedir(), ".openclaw");
  const out: string[] = [];
  if (process.platform === "win32") return out;
  const check = (p: string) => {
    try {
      const mode = statSync(p).mode & 0o777;
      if (mode & 0o077) out.push(`${p} is mode ${mode.toString(8)}; run: chmod 600 "${p}"`);
    } catch { /* missing */ }
  };
  check(join(state, "openclaw.json"));
  try {
    for (const a of readdirSync(join(state, "agents"))) check(join(state, "agents", a, "agent", "auth-profiles.json"));
  } catch { /* none */ }
  return out;
}
