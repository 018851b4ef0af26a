import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FILE = path.join(os.homedir(), '.openclaw', 'cost-tracker', 'ledger.ndjson');
const PERIOD = { today: 864e5, week: 7 * 864e5, month: 30 * 864e5 };

export class Ledger {
  constructor() { fs.mkdirSync(path.dirname(FILE), { recursive: true }); }
  add(row) { fs.appendFileSync(FILE, JSON.stringify({ ...row, at: Date.now() }) + '\n'); }
  summary(period) {
    const since = Date.now() - (PERIOD[period] || PERIOD.week);
    const agg = new Map();
    let lines = [];
    try { lines = fs.readFileSync(FILE, 'utf8').split('\n').filter(Boolean); } catch {}
    for (const l of lines) {
      const r = JSON.parse(l);
      if (r.at < since) continue;
      const k = `${r.provider}/${r.model}`;
      const a = agg.get(k) || { provider: r.provider, model: r.model, input: 0, output: 0, cacheRead: 0 };
      a.input += r.input; a.output += r.output; a.cacheRead += r.cacheRead;
      agg.set(k, a);
    }
    return [...agg.values()];
  }
}
