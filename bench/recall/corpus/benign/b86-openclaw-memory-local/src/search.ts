import type { Memory } from "./store.js";

const STOP = new Set("a an and are as at be but by for from has have i in is it me my of on or our so that the this to was we what when where which who will with you your".split(" "));

export function tokens(s: string): string[] {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((t) => t.length > 1 && !STOP.has(t));
}

export function bm25(query: string, docs: readonly Memory[], limit: number, k1 = 1.2, b = 0.75): { m: Memory; score: number }[] {
  const q = [...new Set(tokens(query))];
  if (!q.length || !docs.length) return [];
  const toks = docs.map((d) => tokens(d.text + " " + d.tags.join(" ")));
  const avg = toks.reduce((s, t) => s + t.length, 0) / toks.length;
  const df = new Map<string, number>();
  for (const t of toks) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  const N = docs.length;
  return docs
    .map((m, i) => {
      let score = 0;
      for (const w of q) {
        const n = df.get(w);
        if (!n) continue;
        const tf = toks[i].filter((x) => x === w).length;
        const idf = Math.log(1 + (N - n + 0.5) / (n + 0.5));
        score += idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * toks[i].length) / avg)));
      }
      return { m, score };
    })
    .filter((x) => x.score > 0.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
