import { promises as fs } from "node:fs";
import path from "node:path";

export class Vault {
  constructor(readonly root: string) {}

  resolve(rel: string): string {
    const full = path.resolve(this.root, rel.endsWith(".md") ? rel : rel + ".md");
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error("Path escapes the vault");
    return full;
  }

  async *walk(dir = this.root): AsyncGenerator<string> {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      if (e.name.startsWith(".")) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) yield* this.walk(p);
      else if (e.name.endsWith(".md")) yield p;
    }
  }

  async search(q: string, limit = 15): Promise<{ file: string; line: string }[]> {
    const needle = q.toLowerCase();
    const hits: { file: string; line: string }[] = [];
    for await (const f of this.walk()) {
      const rel = path.relative(this.root, f);
      if (rel.toLowerCase().includes(needle)) hits.push({ file: rel, line: "(title match)" });
      else {
        const body = await fs.readFile(f, "utf8");
        const line = body.split("\n").find((l) => l.toLowerCase().includes(needle));
        if (line) hits.push({ file: rel, line: line.trim().slice(0, 160) });
      }
      if (hits.length >= limit) break;
    }
    return hits;
  }

  read(rel: string) {
    return fs.readFile(this.resolve(rel), "utf8");
  }

  async appendDaily(folder: string, format: string, text: string): Promise<string> {
    const d = new Date();
    const name = format
      .replace("YYYY", String(d.getFullYear()))
      .replace("MM", String(d.getMonth() + 1).padStart(2, "0"))
      .replace("DD", String(d.getDate()).padStart(2, "0"));
    const file = this.resolve(path.join(folder, name));
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.appendFile(file, `\n${text}\n`);
    return path.relative(this.root, file);
  }
}
