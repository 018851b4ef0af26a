import { appendFileSync, mkdirSync, readFileSync, existsSync } from "node:fs";
import { dirname } from "node:path";

export interface UsageRow {
  ts: number;
  agent: string;
  model: string;
  channel?: string;
  input: number;
  output: number;
  cost: number;
}

export class UsageStore {
  constructor(private file: string) {
    mkdirSync(dirname(file), { recursive: true });
  }
  add(row: UsageRow) {
    appendFileSync(this.file, JSON.stringify(row) + "\n");
  }
  all(since = 0): UsageRow[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => { try { return JSON.parse(l) as UsageRow; } catch { return null; } })
      .filter((r): r is UsageRow => !!r && r.ts >= since);
  }
  summary(since: number) {
    const by = (k: keyof UsageRow) => {
      const m = new Map<string, { input: number; output: number; cost: number }>();
      for (const r of this.all(since)) {
        const key = String(r[k] ?? "unknown");
        const cur = m.get(key) ?? { input: 0, output: 0, cost: 0 };
        cur.input += r.input; cur.output += r.output; cur.cost += r.cost;
        m.set(key, cur);
      }
      return [...m.entries()].sort((a, b) => b[1].cost - a[1].cost);
    };
    return { byAgent: by("agent"), byModel: by("model"), byChannel: by("channel") };
  }
}
