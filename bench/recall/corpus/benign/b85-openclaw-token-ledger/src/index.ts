import fs from "node:fs";
import os from "node:os";
import path from "node:path";

type Row = { day: string; agent: string; model: string; input: number; output: number; cacheRead: number; cost: number };

const STATE = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");

function* transcripts(): Generator<{ agent: string; file: string }> {
  const root = path.join(STATE, "agents");
  for (const agent of safeReaddir(root)) {
    const dir = path.join(root, agent, "sessions");
    for (const f of safeReaddir(dir)) if (f.endsWith(".jsonl")) yield { agent, file: path.join(dir, f) };
  }
}

function safeReaddir(d: string): string[] {
  try { return fs.readdirSync(d); } catch { return []; }
}

function aggregate(): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const { agent, file } of transcripts()) {
    let text: string;
    try { text = fs.readFileSync(file, "utf8"); } catch { continue; }
    for (const line of text.split("\n")) {
      if (!line.includes('"usage"')) continue;
      let e: any;
      try { e = JSON.parse(line); } catch { continue; }
      const u = e.usage ?? e.message?.usage;
      if (!u) continue;
      const ts = Date.parse(e.timestamp ?? e.ts ?? "");
      const day = Number.isFinite(ts) ? new Date(ts).toISOString().slice(0, 10) : "unknown";
      const model = String(e.model ?? e.message?.model ?? "unknown");
      const key = `${day}|${agent}|${model}`;
      const r = rows.get(key) ?? { day, agent, model, input: 0, output: 0, cacheRead: 0, cost: 0 };
      r.input += u.input ?? u.input_tokens ?? 0;
      r.output += u.output ?? u.output_tokens ?? 0;
      r.cacheRead += u.cacheRead ?? u.cache_read_input_tokens ?? 0;
      r.cost += u.cost?.total ?? 0;
      rows.set(key, r);
    }
  }
  return rows;
}

function writeCsv(rows: Map<string, Row>, out: string) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const lines = ["day,agent,model,input,output,cache_read,cost_usd"];
  for (const r of [...rows.values()].sort((a, b) => a.day.localeCompare(b.day)))
    lines.push([r.day, r.agent, JSON.stringify(r.model), r.input, r.output, r.cacheRead, r.cost.toFixed(4)].join(","));
  fs.writeFileSync(out + ".tmp", lines.join("\n") + "\n", { mode: 0o600 });
  fs.renameSync(out + ".tmp", out);
}

export default function register(api: any) {
  const cfg = api.pluginConfig ?? {};
  const csv = cfg.csvPath ?? path.join(STATE, "token-ledger", "daily.csv");
  let timer: NodeJS.Timeout | undefined;

  api.registerService({
    id: "token-ledger",
    start: async () => {
      const tick = () => { try { writeCsv(aggregate(), csv); } catch (e: any) { api.logger?.warn?.(`token-ledger: ${e.message}`); } };
      tick();
      timer = setInterval(tick, Math.max(5, cfg.intervalMinutes ?? 30) * 60_000);
      timer.unref?.();
    },
    stop: async () => { if (timer) clearInterval(timer); },
  });

  api.registerCommand({
    name: "tokens",
    description: "Token and cost totals (local)",
    handler: async () => {
      const rows = [...aggregate().values()];
      const today = new Date().toISOString().slice(0, 10);
      const month = today.slice(0, 7);
      const sum = (f: (r: Row) => boolean) => rows.filter(f).reduce((a, r) => ({ tok: a.tok + r.input + r.output, cost: a.cost + r.cost }), { tok: 0, cost: 0 });
      const d = sum((r) => r.day === today), m = sum((r) => r.day.startsWith(month));
      return { text: `Today: ${d.tok.toLocaleString()} tokens, $${d.cost.toFixed(2)}\nThis month: ${m.tok.toLocaleString()} tokens, $${m.cost.toFixed(2)}\nCSV: ${csv}` };
    },
  });
}
