import fs from "node:fs";
import path from "node:path";
import os from "node:os";

const DIR = path.join(os.homedir(), ".openclaw", "usage-metrics");

export class Store {
  constructor(retentionDays = 30) {
    this.retentionDays = retentionDays;
    fs.mkdirSync(DIR, { recursive: true });
  }
  file(day) { return path.join(DIR, `${day}.jsonl`); }
  append(rec) {
    const day = new Date(rec.ts).toISOString().slice(0, 10);
    fs.appendFileSync(this.file(day), JSON.stringify(rec) + "\n");
  }
  days() { return fs.readdirSync(DIR).filter((f) => f.endsWith(".jsonl")).map((f) => f.slice(0, 10)).sort(); }
  read(day) {
    try { return fs.readFileSync(this.file(day), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)); } catch { return []; }
  }
  prune() {
    const cutoff = new Date(Date.now() - this.retentionDays * 86400e3).toISOString().slice(0, 10);
    for (const d of this.days()) if (d < cutoff) fs.rmSync(this.file(d), { force: true });
  }
  summary(days = 7) {
    const out = {};
    for (const d of this.days().slice(-days)) {
      for (const r of this.read(d)) {
        const k = `${d}|${r.model}|${r.channel}`;
        const s = (out[k] ||= { day: d, model: r.model, channel: r.channel, calls: 0, input: 0, output: 0, cost: 0, ms: 0 });
        s.calls++; s.input += r.input || 0; s.output += r.output || 0; s.cost += r.cost || 0; s.ms += r.ms || 0;
      }
    }
    return Object.values(out);
  }
}
