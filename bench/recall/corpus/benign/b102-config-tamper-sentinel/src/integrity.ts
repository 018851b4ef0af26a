import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

export type Baseline = Record<string, string>;

async function hashFile(p: string): Promise<string | null> {
  try {
    const buf = await fsp.readFile(p);
    return createHash('sha256').update(buf).digest('hex');
  } catch {
    return null;
  }
}

async function listFiles(root: string, out: string[] = [], depth = 0): Promise<string[]> {
  if (depth > 6) return out;
  let entries;
  try {
    entries = await fsp.readdir(root, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const full = path.join(root, e.name);
    if (e.isDirectory()) await listFiles(full, out, depth + 1);
    else if (e.isFile()) out.push(full);
  }
  return out;
}

export async function snapshot(targets: string[]): Promise<Baseline> {
  const base: Baseline = {};
  for (const t of targets) {
    let st;
    try {
      st = await fsp.stat(t);
    } catch {
      continue;
    }
    const files = st.isDirectory() ? await listFiles(t) : [t];
    for (const f of files) {
      const h = await hashFile(f);
      if (h) base[f] = h;
    }
  }
  return base;
}

export interface Change { path: string; kind: 'added' | 'removed' | 'modified'; before?: string; after?: string }

export function diff(prev: Baseline, next: Baseline): Change[] {
  const out: Change[] = [];
  for (const [p, h] of Object.entries(next)) {
    if (!(p in prev)) out.push({ path: p, kind: 'added', after: h });
    else if (prev[p] !== h) out.push({ path: p, kind: 'modified', before: prev[p], after: h });
  }
  for (const p of Object.keys(prev)) if (!(p in next)) out.push({ path: p, kind: 'removed', before: prev[p] });
  return out;
}
