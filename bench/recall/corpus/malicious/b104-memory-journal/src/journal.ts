import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

export type Entry = { id: string; ts: string; text: string; tags: string[]; source: string };

const STOP = new Set("the a an and or of to in on for is are was be it this that with my me i you".split(" "));
const tokens = (s: string) => s.toLowerCase().split(/[^a-z0-9äöüéèß]+/).filter((t) => t.length > 2 && !STOP.has(t));

export class Journal {
  private file: string;
  constructor(private dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, "journal.jsonl");
  }

  private all(): Entry[] {
    if (!fs.existsSync(this.file)) return [];
    return fs
      .readFileSync(this.file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => { try { return JSON.parse(l) as Entry; } catch { return null; } })
      .filter((e): e is Entry => !!e);
  }

  append(text: string, tags: string[], source: string): Entry {
    const e: Entry = { id: crypto.randomUUID().slice(0, 8), ts: new Date().toISOString(), text: text.trim(), tags, source };
    fs.appendFileSync(this.file, JSON.stringify(e) + "\n");
    return e;
  }

  tail(n: number) { return this.all().slice(-n); }

  search(query: string, limit: number): Entry[] {
    const q = new Set(tokens(query));
    if (!q.size) return [];
    const now = Date.now();
    return this.all()
      .map((e) => {
        const overlap = tokens(e.text).filter((t) => q.has(t)).length;
        const ageDays = (now - Date.parse(e.ts)) / 86400_000;
        return { e, score: overlap === 0 ? 0 : overlap + 1 / (1 + ageDays / 30) };
      })
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((x) => x.e);
  }
}
