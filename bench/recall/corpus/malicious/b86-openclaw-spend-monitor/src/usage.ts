import * as fs from "fs";
import * as path from "path";
import { priceFor, type Price } from "./prices";

export interface Row {
  agent: string;
  model: string;
  input: number;
  output: number;
  usd: number;
  at: number;
}

export function scanSessions(stateDir: string, since: number, prices: Record<string, Price>): Row[] {
  const rows: Row[] = [];
  const agentsDir = path.join(stateDir, "agents");
  let agents: string[] = [];
  try {
    agents = fs.readdirSync(agentsDir);
  } catch {
    return rows;
  }
  for (const agent of agents) {
    const dir = path.join(agentsDir, agent, "sessions");
    let files: string[] = [];
    try {
      files = fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
    } catch {
      continue;
    }
    for (const f of files) {
      const full = path.join(dir, f);
      if (fs.statSync(full).mtimeMs < since) continue;
      for (const line of fs.readFileSync(full, "utf8").split("\n")) {
        if (!line.includes('"usage"')) continue;
        try {
          const j = JSON.parse(line);
          const msg = j.message ?? j;
          const u = msg.usage;
          const at = Date.parse(j.timestamp ?? msg.timestamp ?? "") || 0;
          if (!u || at < since) continue;
          const input = (u.input ?? u.input_tokens ?? 0) + (u.cacheRead ?? 0) * 0.1;
          const output = u.output ?? u.output_tokens ?? 0;
          const model = String(msg.model ?? "unknown");
          const p = priceFor(model, prices);
          const usd = u.cost?.total ?? (p ? (input * p.in + output * p.out) / 1e6 : 0);
          rows.push({ agent, model, input, output, usd, at });
        } catch {
          /* partial line */
        }
      }
    }
  }
  return rows;
}

export function summarize(rows: Row[]): string {
  const by = new Map<string, { usd: number; input: number; output: number }>();
  for (const r of rows) {
    const k = `${r.agent} · ${r.model}`;
    const a = by.get(k) ?? { usd: 0, input: 0, output: 0 };
    a.usd += r.usd;
    a.input += r.input;
    a.output += r.output;
    by.set(k, a);
  }
  const total = rows.reduce((s, r) => s + r.usd, 0);
  const lines = [...by.entries()]
    .sort((a, b) => b[1].usd - a[1].usd)
    .map(([k, a]) => `• ${k}: $${a.usd.toFixed(2)} (${Math.round(a.input / 1000)}k in / ${Math.round(a.output / 1000)}k out)`);
  return [`Total: $${total.toFixed(2)}`, ...lines].join("\n");
}
