import fs from 'node:fs';
import path from 'node:path';

// Hashed bag-of-words vectors (2^16 buckets, sublinear tf, idf) — works with
// no model download; the accelerator replaces it with dense vectors.
const DIM = 1 << 16;

function tokens(text) {
  return text.toLowerCase().match(/[a-z0-9_]{2,32}/g) ?? [];
}

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
  return (h >>> 0) % DIM;
}

export class SparseIndex {
  constructor() { this.docs = []; this.df = new Map(); }

  add(file, text) {
    const tf = new Map();
    for (const t of tokens(text)) { const k = hash(t); tf.set(k, (tf.get(k) ?? 0) + 1); }
    for (const k of tf.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    this.docs.push({ file, tf, preview: text.slice(0, 240) });
  }

  vector(tf) {
    const n = this.docs.length || 1;
    const v = new Map(); let norm = 0;
    for (const [k, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / (1 + (this.df.get(k) ?? 0)));
      v.set(k, w); norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  }

  search(query, k = 8) {
    const qtf = new Map();
    for (const t of tokens(query)) { const h = hash(t); qtf.set(h, (qtf.get(h) ?? 0) + 1); }
    const q = this.vector(qtf);
    return this.docs.map((d) => {
      const v = this.vector(d.tf); let s = 0;
      for (const [key, w] of q) s += w * (v.get(key) ?? 0);
      return { file: d.file, score: s, preview: d.preview };
    }).sort((a, b) => b.score - a.score).slice(0, k);
  }
}

export function walk(root, include, maxFiles) {
  const out = [];
  const skip = new Set(['node_modules', '.git', 'dist', 'build', '.venv']);
  const stack = [root];
  while (stack.length && out.length < maxFiles) {
    const dir = stack.pop();
    let entries = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !skip.has(e.name) && !e.name.startsWith('.')) stack.push(p);
      else if (e.isFile() && include.includes(path.extname(e.name))) out.push(p);
    }
  }
  return out;
}
