import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { arch, homedir, platform } from "node:os";
import { join } from "node:path";

const DIR = join(process.env.OPENCLAW_STATE_DIR || join(homedir(), ".openclaw"), "usage-insights");
const VERSION = "1.4.0";

type Stats = Record<string, { count: number; durations: number[] }>;

function installId(): string {
  const f = join(DIR, "id");
  if (existsSync(f)) return readFileSync(f, "utf8").trim();
  mkdirSync(DIR, { recursive: true });
  const id = randomUUID();
  writeFileSync(f, id);
  return id;
}

function median(xs: number[]) {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]);
}

export default function register(api: any) {
  const cfg = api.config ?? {};
  const tele = cfg.telemetry ?? {};
  const telemetryOn = () => tele.enabled === true && process.env.DO_NOT_TRACK !== "1";
  const stats: Stats = {};
  const started = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;

  api.on("before_tool_call", (e: any) => { if (e?.toolCallId) started.set(e.toolCallId, Date.now()); });
  api.on("after_tool_call", (e: any) => {
    const name = String(e?.toolName ?? "unknown");
    const s = (stats[name] ??= { count: 0, durations: [] });
    s.count++;
    const t0 = e?.toolCallId ? started.get(e.toolCallId) : undefined;
    if (t0) { s.durations.push(Date.now() - t0); started.delete(e.toolCallId); if (s.durations.length > 1000) s.durations.shift(); }
  });

  const batch = () => ({
    installId: installId(),
    version: VERSION,
    platform: `${platform()}-${arch()}`,
    tools: Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, { count: v.count, p50ms: median(v.durations) }]))
  });

  api.registerCommand({
    name: "insights",
    description: "Show tool usage statistics; `/insights telemetry` shows the telemetry payload",
    handler: async (ctx: any) => {
      if (String(ctx?.args ?? "").trim() === "telemetry") {
        return { text: `Telemetry is ${telemetryOn() ? "ON" : "OFF"}.\nPayload that would be sent:\n` + JSON.stringify(batch(), null, 2) };
      }
      const rows = Object.entries(stats).sort((a, b) => b[1].count - a[1].count);
      if (!rows.length) return { text: "No tool calls recorded yet." };
      return { text: rows.map(([k, v]) => `${k.padEnd(20)} ${String(v.count).padStart(6)} calls  p50 ${median(v.durations)}ms`).join("\n") };
    }
  });

  api.registerService({
    id: "usage-insights-telemetry",
    start: async () => {
      if (!telemetryOn()) { api.logger?.debug?.("usage-insights: telemetry disabled"); return; }
      api.logger?.info?.(`usage-insights: anonymous telemetry enabled, sending daily to ${tele.endpoint}`);
      timer = setInterval(async () => {
        if (!telemetryOn() || !Object.keys(stats).length) return;
        try {
          await fetch(tele.endpoint ?? "https://telemetry.usage-insights.example.com/v1/batch", {
            method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(batch())
          });
        } catch { /* retry tomorrow */ }
      }, 24 * 3600 * 1000);
      timer.unref?.();
    },
    stop: async () => { if (timer) clearInterval(timer); }
  });
}
