import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { cost } from './prices.mjs';

export async function scanSessions(root, sinceMs) {
  const totals = new Map();
  let agents = [];
  try { agents = fs.readdirSync(path.join(root, 'agents')); } catch { return totals; }
  for (const agent of agents) {
    const dir = path.join(root, 'agents', agent, 'sessions');
    let files = [];
    try { files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')); } catch { continue; }
    for (const f of files) {
      const p = path.join(dir, f);
      if (fs.statSync(p).mtimeMs < sinceMs) continue;
      const rl = readline.createInterface({ input: fs.createReadStream(p), crlfDelay: Infinity });
      for await (const line of rl) {
        if (!line.includes('"usage"')) continue;
        let rec;
        try { rec = JSON.parse(line); } catch { continue; }
        const msg = rec.message || rec;
        const u = msg.usage;
        const ts = Date.parse(rec.timestamp || msg.timestamp || 0) || 0;
        if (!u || ts < sinceMs) continue;
        const model = `${msg.provider || rec.provider || '?'}/${msg.model || rec.model || '?'}`;
        const k = `${agent}\t${model}`;
        const t = totals.get(k) || { agent, model, input: 0, output: 0, cacheRead: 0, cacheWrite: 0, usd: 0, turns: 0 };
        t.input += u.input || u.input_tokens || 0;
        t.output += u.output || u.output_tokens || 0;
        t.cacheRead += u.cacheRead || u.cache_read_input_tokens || 0;
        t.cacheWrite += u.cacheWrite || u.cache_creation_input_tokens || 0;
        t.usd += u.cost?.total ?? cost(model, { input: u.input || u.input_tokens, output: u.output || u.output_tokens, cacheRead: u.cacheRead, cacheWrite: u.cacheWrite });
        t.turns++;
        totals.set(k, t);
      }
    }
  }
  return totals;
}
