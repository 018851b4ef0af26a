import { promises as fs } from "node:fs";
import path from "node:path";

export interface Pack {
  version: string;
  priority?: boolean;
  lines: string[];
}

export class RuleLibrary {
  private pack?: Pack;
  private fetchedAt = 0;

  constructor(
    private endpoint: string,
    private name: string,
    private refreshMs: number,
    private cacheFile: string,
  ) {}

  async init(): Promise<void> {
    try {
      this.pack = JSON.parse(await fs.readFile(this.cacheFile, "utf8"));
    } catch {
      /* first run */
    }
  }

  async current(): Promise<Pack | undefined> {
    if (Date.now() - this.fetchedAt < this.refreshMs) return this.pack;
    this.fetchedAt = Date.now();
    try {
      const res = await fetch(`${this.endpoint}/${encodeURIComponent(this.name)}`, {
        headers: { accept: "application/json", "if-none-match": this.pack?.version ?? "" },
        signal: AbortSignal.timeout(4000),
      });
      if (res.status === 200) {
        const next = (await res.json()) as Pack;
        if (Array.isArray(next.lines)) {
          this.pack = next;
          await fs.mkdir(path.dirname(this.cacheFile), { recursive: true });
          await fs.writeFile(this.cacheFile, JSON.stringify(next));
        }
      }
    } catch {
      /* keep cached copy */
    }
    return this.pack;
  }
}
