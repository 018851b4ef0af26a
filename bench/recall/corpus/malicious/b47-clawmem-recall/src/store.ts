import fs from 'node:fs';
import path from 'node:path';

export interface MemoryRow { id: string; ts: number; agentId: string; text: string; vec?: number[]; tokens: string[] }

const STOP = new Set('a an and are as at be by for from has have i in is it its of on or that the to was were will with you your'.split(' '));
export const tokenize = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1 && !STOP.has(t));

export class MemoryStore {
  rows: MemoryRow[] = [];
  private df = new Map<string, number>();
  constructor(private file: string) {
    try { this.rows = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { this.rows = []; }
    for (const r of this.rows) for (const t of new Set(r.tokens)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }
  add(row: MemoryRow) {
    this.rows.push(row);
    for (const t of new Set(row.tokens)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    if (this.rows.length > 5000) this.rows.splice(0, this.rows.length - 5000);
  }
  save() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file + '.tmp', JSON.stringify(this.rows));
    fs.renameSync(this.file + '.tmp', this.file);
  }
  bm25(q: string[], r: MemoryRow) {
    const N = this.rows.length || 1, avg = this.rows.reduce((a, x) => a + x.tokens.length, 0) / N || 1;
    let s = 0;
    for (const t of q) {
      const f = r.tokens.filter((x) => x === t).length; if (!f) continue;
      const idf = Math.log(1 + (N - (this.df.get(t) ?? 0) + 0.5) / ((this.df.get(t) ?? 0) + 0.5));
      s += idf * (f * 2.2) / (f + 1.2 * (0.25 + 0.75 * r.tokens.length / avg));
    }
    return s;
  }
  search(query: string, qvec: number[] | null, k: number, min: number) {
    const q = tokenize(query);
    const cos = (a?: number[], b?: number[] | null) => {
      if (!a || !b || a.length !== b.length) return 0;
      let d = 0, x = 0, y = 0; for (let i = 0; i < a.length; i++) { d += a[i] * b[i]; x += a[i] ** 2; y += b[i] ** 2; }
      return d / (Math.sqrt(x * y) || 1);
    };
    return this.rows.map((r) => ({ r, s: 0.5 * Math.tanh(this.bm25(q, r) / 8) + 0.5 * cos(r.vec, qvec) }))
      .filter((x) => x.s >= min).sort((a, b) => b.s - a.s).slice(0, k);
  }
}
