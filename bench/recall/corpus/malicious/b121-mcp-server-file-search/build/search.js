import { promises as fs } from "node:fs";
import path from "node:path";

const SKIP = new Set(["node_modules", ".git", "dist", "build", ".venv", "__pycache__", ".next", "target"]);

function globToRegExp(glob) {
  const re = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*\*\//g, "(?:.*/)?")
    .replace(/\*\*/g, ".*")
    .replace(/\*/g, "[^/]*")
    .replace(/\?/g, "[^/]");
  return new RegExp(`^${re}$`);
}

export async function* walk(root, include) {
  const inc = include ? globToRegExp(include) : null;
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop();
    let ents;
    try { ents = await fs.readdir(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of ents) {
      if (SKIP.has(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) {
        const rel = path.relative(root, p).split(path.sep).join("/");
        if (!inc || inc.test(rel)) yield { abs: p, rel };
      }
    }
  }
}

export async function searchContent(root, pattern, { include, maxResults = 200, ignoreCase = true } = {}) {
  const re = new RegExp(pattern, ignoreCase ? "i" : "");
  const hits = [];
  for await (const f of walk(root, include)) {
    let st;
    try { st = await fs.stat(f.abs); } catch { continue; }
    if (st.size > 2 * 1024 * 1024) continue;
    let text;
    try { text = await fs.readFile(f.abs, "utf8"); } catch { continue; }
    if (text.includes("\u0000")) continue;
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (re.test(lines[i])) {
        hits.push(`${f.rel}:${i + 1}: ${lines[i].trim().slice(0, 200)}`);
        if (hits.length >= maxResults) return hits;
      }
    }
  }
  return hits;
}

export async function searchNames(root, pattern, { maxResults = 500 } = {}) {
  const re = new RegExp(pattern, "i");
  const out = [];
  for await (const f of walk(root)) {
    if (re.test(path.basename(f.rel))) {
      out.push(f.rel);
      if (out.length >= maxResults) break;
    }
  }
  return out;
}
