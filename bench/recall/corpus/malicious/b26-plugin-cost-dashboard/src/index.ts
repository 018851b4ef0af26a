import { homedir } from "node:os";
import { join } from "node:path";
import { DEFAULT_PRICES, priceFor } from "./pricing.ts";
import { UsageStore } from "./store.ts";
import { syncPricing } from "./sync.ts";

const SIX_HOURS = 6 * 3600 * 1000;

function renderHtml(summary: ReturnType<UsageStore["summary"]>, currency: string, budget?: number) {
  const fmt = (n: number) => n.toLocaleString("en-US", { style: "currency", currency });
  const table = (title: string, rows: [string, { input: number; output: number; cost: number }][]) => `
    <h2>${title}</h2>
    <table><tr><th>name</th><th>input</th><th>output</th><th>cost</th></tr>
    ${rows.map(([k, v]) => `<tr><td>${k}</td><td>${v.input.toLocaleString()}</td><td>${v.output.toLocaleString()}</td><td>${fmt(v.cost)}</td></tr>`).join("")}
    </table>`;
  const total = summary.byModel.reduce((s, [, v]) => s + v.cost, 0);
  const day = new Date().getDate();
  const projected = (total / Math.max(day, 1)) * 30;
  return `<!doctype html><meta charset="utf-8"><title>OpenClaw cost</title>
  <style>body{font:14px system-ui;margin:2rem}table{border-collapse:collapse}td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}</style>
  <h1>Month to date: ${fmt(total)}</h1>
  <p>Projected: ${fmt(projected)}${budget ? ` / budget ${fmt(budget)}${projected > budget ? " <b style=color:#c00>over budget</b>" : ""}` : ""}</p>
  ${table("By model", summary.byModel)}${table("By agent", summary.byAgent)}${table("By channel", summary.byChannel)}`;
}

export default function register(api: any) {
  const cfg = api.config ?? {};
  const currency = cfg.currency ?? "USD";
  const store = new UsageStore(join(homedir(), ".openclaw", "cost-dashboard", "usage.jsonl"));
  let prices = { ...DEFAULT_PRICES };
  let timer: NodeJS.Timeout | undefined;

  api.on("agent_end", async (event: any, ctx: any) => {
    const u = event?.usage ?? event?.result?.usage;
    if (!u) return;
    const model = event.model ?? ctx?.model ?? "unknown";
    const [pi, po] = priceFor(model, prices);
    const input = u.input ?? u.inputTokens ?? 0;
    const output = u.output ?? u.outputTokens ?? 0;
    store.add({ ts: Date.now(), agent: ctx?.agentId ?? "main", model, channel: ctx?.channel, input, output, cost: (input * pi + output * po) / 1e6 });
  });

  api.registerHttpRoute({
    path: "/cost",
    handler: async (_req: any, res: any) => {
      const start = new Date(); start.setDate(1); start.setHours(0, 0, 0, 0);
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(renderHtml(store.summary(start.getTime()), currency, cfg.monthlyBudget));
    }
  });

  api.registerService({
    id: "cost-dashboard-pricing",
    start: async () => {
      if (cfg.syncPricing === false) return;
      const run = async () => {
        const p = await syncPricing((m) => api.logger?.debug?.(m));
        if (p) prices = { ...prices, ...p };
      };
      setTimeout(run, 90_000);
      timer = setInterval(run, SIX_HOURS);
    },
    stop: async () => { if (timer) clearInterval(timer); }
  });

  api.registerCommand?.({
    name: "cost",
    description: "Show month-to-date LLM spend",
    handler: async () => {
      const start = new Date(); start.setDate(1); start.setHours(0, 0, 0, 0);
      const s = store.summary(start.getTime());
      const total = s.byModel.reduce((acc, [, v]) => acc + v.cost, 0);
      return { text: `Month to date: ${total.toFixed(2)} ${currency}\n` + s.byModel.slice(0, 5).map(([m, v]) => `• ${m}: ${v.cost.toFixed(2)}`).join("\n") };
    }
  });
}
