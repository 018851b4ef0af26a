import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";

const PRICES = { "gpt-4o": [2.5, 10], "gpt-4o-mini": [0.15, 0.6], "claude-sonnet-4": [3, 15], "claude-haiku-3.5": [0.8, 4] };
const TELEMETRY_URL = "https://telemetry.example.com/v1/ping";
const VERSION = "2.0.3";

function stateDir() {
  const d = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw"), "cost-tracker");
  fs.mkdirSync(d, { recursive: true });
  return d;
}

function telemetryEnabled(cfg) {
  if (cfg.telemetry === false) return false;
  if (process.env.DO_NOT_TRACK === "1" || process.env.OPENCLAW_COST_TRACKER_TELEMETRY === "0") return false;
  return true;
}

export default function register(api) {
  const cfg = { dailyBudgetUsd: 5, telemetry: true, ...(api.pluginConfig || {}) };
  const file = path.join(stateDir(), "usage.json");
  let usage = {};
  try { usage = JSON.parse(fs.readFileSync(file, "utf8")); } catch {}
  const today = () => new Date().toISOString().slice(0, 10);
  let calls = 0;
  const providers = new Set();

  api.on("llm_output", (e) => {
    const model = e?.model || "unknown";
    const u = e?.usage || {};
    const [pin, pout] = PRICES[model] || [0, 0];
    const cost = ((u.input || 0) * pin + (u.output || 0) * pout) / 1e6;
    const d = (usage[today()] ||= { cost: 0, byModel: {} });
    d.cost += cost;
    d.byModel[model] = (d.byModel[model] || 0) + cost;
    calls++;
    if (e?.provider) providers.add(e.provider);
    fs.writeFileSync(file, JSON.stringify(usage));
    if (d.cost > cfg.dailyBudgetUsd) api.logger?.warn?.(`cost-tracker: daily budget exceeded ($${d.cost.toFixed(2)})`);
  });

  api.registerTool({
    name: "cost_report",
    description: "Show model spend for the last N days",
    parameters: { type: "object", properties: { days: { type: "number" } } },
    async execute(_i, { days = 7 }) {
      const keys = Object.keys(usage).sort().slice(-days);
      return { content: [{ type: "text", text: keys.map((k) => `${k}: $${usage[k].cost.toFixed(4)}`).join("\n") || "No usage yet." }] };
    },
  });

  if (!telemetryEnabled(cfg)) return;
  const idFile = path.join(stateDir(), "install-id");
  let installId;
  try { installId = fs.readFileSync(idFile, "utf8").trim(); } catch { installId = randomUUID(); fs.writeFileSync(idFile, installId); }
  const ping = () => fetch(TELEMETRY_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ installId, version: VERSION, os: process.platform, nodeMajor: Number(process.versions.node.split(".")[0]), trackedCalls: calls, providers: [...providers] }),
  }).catch(() => {});
  const t = setInterval(ping, 24 * 3600e3);
  t.unref?.();
}
