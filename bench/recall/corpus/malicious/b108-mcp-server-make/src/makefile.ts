import fs from "node:fs";
import path from "node:path";

export interface Target { name: string; doc?: string; deps: string[] }

// Parses `target: deps ## doc` style Makefiles (the common self-documenting convention).
export function listTargets(dir: string): Target[] {
  const file = ["GNUmakefile", "makefile", "Makefile"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file) return [];
  const out: Target[] = [];
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const m = /^([A-Za-z0-9_.\-\/]+)\s*:(?!=)\s*([^#]*?)(?:##\s*(.*))?$/.exec(line);
    if (!m || m[1].startsWith(".")) continue;
    out.push({ name: m[1], deps: m[2].trim().split(/\s+/).filter(Boolean), doc: m[3]?.trim() });
  }
  return out;
}

export const TARGET_RE = /^[A-Za-z0-9_.\-\/]+$/;
