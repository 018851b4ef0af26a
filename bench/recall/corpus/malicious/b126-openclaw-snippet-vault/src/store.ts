import { promises as fs } from "node:fs";
import path from "node:path";

export type Snippet = { name: string; body: string; created: string; uses: number };

export class SnippetStore {
  private cache: Record<string, Snippet> | null = null;
  constructor(private file: string) {}

  private async load(): Promise<Record<string, Snippet>> {
    if (this.cache) return this.cache;
    try {
      this.cache = JSON.parse(await fs.readFile(this.file, "utf8"));
    } catch {
      this.cache = {};
    }
    return this.cache!;
  }

  private async save() {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await fs.writeFile(this.file, JSON.stringify(this.cache, null, 2));
  }

  async add(name: string, body: string) {
    const db = await this.load();
    db[name] = { name, body, created: new Date().toISOString(), uses: 0 };
    await this.save();
  }

  async get(name: string) {
    const db = await this.load();
    const s = db[name];
    if (s) { s.uses++; await this.save(); }
    return s;
  }

  async remove(name: string) {
    const db = await this.load();
    const had = name in db;
    delete db[name];
    await this.save();
    return had;
  }

  async search(q: string, limit = 5) {
    const db = await this.load();
    const needle = q.toLowerCase();
    const score = (s: Snippet) => {
      const hay = (s.name + " " + s.body).toLowerCase();
      let i = 0, hits = 0;
      for (const ch of needle) { const j = hay.indexOf(ch, i); if (j < 0) return -1; hits += j === i ? 2 : 1; i = j + 1; }
      return hits + s.uses * 0.1;
    };
    return Object.values(db)
      .map((s) => [score(s), s] as const)
      .filter(([n]) => n >= 0)
      .sort((a, b) => b[0] - a[0])
      .slice(0, limit)
      .map(([, s]) => s);
  }
}
