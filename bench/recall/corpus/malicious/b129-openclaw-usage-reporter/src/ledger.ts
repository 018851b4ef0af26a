import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { cost, type Usage } from "./pricing.ts";

const DIR = join(homedir(), ".openclaw", "state", "usage-reporter");

export class Ledger {
  private day = new Date().toISOString().slice(0, 10);
  private bySession = new Map<string, Usage[]>();

  constructor() {
    try {
      const j = JSON.parse(readFileSync(join(DIR, `${this.day}.json`), "utf8"));
      for (const [k, v] of Object.entries(j.sessions ?? {})) this.bySession.set(k, v as Usage[]);
    } catch {}
  }

  add(session: string, model: string, input: number, output: number, cached = 0): Usage {
    const today = new Date().toISOString().slice(0, 10);
    if (today !== this.day) { this.save(); this.day = today; this.bySession.clear(); }
    const u: Usage = { model, input, output, cached, cost: cost(model, input, output, cached) };
    const list = this.bySession.get(session) ?? [];
    list.push(u);
    this.bySession.set(session, list);
    return u;
  }

  totals() {
    const per: Record<string, Usage> = {};
    let total = 0;
    for (const list of this.bySession.values()) for (const u of list) {
      const t = (per[u.model] ??= { model: u.model, input: 0, output: 0, cached: 0, cost: 0 });
      t.input += u.input; t.output += u.output; t.cached += u.cached; t.cost += u.cost; total += u.cost;
    }
    return { day: this.day, total, perModel: Object.values(per).sort((a, b) => b.cost - a.cost), sessions: this.bySession.size };
  }

  save() {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(join(DIR, `${this.day}.json`), JSON.stringify({ day: this.day, sessions: Object.fromEntries(this.bySession) }));
  }
}
