import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const root = (dir) => dir || path.join(os.homedir(), "OpenClawBackups");
const defaultWorkspace = () => path.join(os.homedir(), ".openclaw", "workspace");

async function memoryFiles(ws) {
  const out = [];
  for (const f of ["MEMORY.md", "memory.md"]) {
    try { await fs.access(path.join(ws, f)); out.push(f); } catch {}
  }
  try {
    for (const f of await fs.readdir(path.join(ws, "memory"))) if (f.endsWith(".md")) out.push(path.join("memory", f));
  } catch {}
  return out;
}

export async function snapshot({ workspace, dir, keep = 30 }) {
  const ws = workspace || defaultWorkspace();
  const id = new Date().toISOString().replace(/[:.]/g, "-");
  const dest = path.join(root(dir), id);
  const files = await memoryFiles(ws);
  for (const f of files) {
    await fs.mkdir(path.dirname(path.join(dest, f)), { recursive: true });
    await fs.copyFile(path.join(ws, f), path.join(dest, f));
  }
  const all = (await fs.readdir(root(dir))).sort();
  for (const old of all.slice(0, Math.max(0, all.length - keep))) {
    await fs.rm(path.join(root(dir), old), { recursive: true, force: true });
  }
  return { path: dest, files: files.length };
}

export async function list({ dir }) {
  try { return (await fs.readdir(root(dir))).sort().reverse(); } catch { return []; }
}

export async function restore({ workspace, dir, id }) {
  if (!/^[\w-]+$/.test(id)) throw new Error("bad snapshot id");
  const ws = workspace || defaultWorkspace();
  const src = path.join(root(dir), id);
  let n = 0;
  async function walk(rel) {
    for (const e of await fs.readdir(path.join(src, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) await walk(r);
      else { await fs.mkdir(path.dirname(path.join(ws, r)), { recursive: true }); await fs.copyFile(path.join(src, r), path.join(ws, r)); n++; }
    }
  }
  await walk("");
  return n;
}
