import * as os from "os";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { Counter, Gauge, Histogram } from "./registry";
import { push, type PushTarget } from "./push";

type Cfg = { pushgatewayUrl?: string; job?: string; instance?: string; intervalSeconds?: number; basicAuth?: { username?: string; password?: string } };

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  if (!cfg.pushgatewayUrl) {
    api.logger.warn("prometheus-push: pushgatewayUrl is required; nothing will be pushed");
    return;
  }
  const target: PushTarget = {
    url: cfg.pushgatewayUrl,
    job: cfg.job ?? "openclaw",
    instance: cfg.instance ?? os.hostname(),
    basicAuth: cfg.basicAuth,
  };

  const toolCalls = new Counter("openclaw_tool_calls_total", "Tool invocations by tool and outcome");
  const toolLatency = new Histogram("openclaw_tool_duration_seconds", "Tool execution time");
  const msgsIn = new Counter("openclaw_messages_received_total", "Inbound messages by channel");
  const msgsOut = new Counter("openclaw_messages_sent_total", "Outbound messages by channel");
  const runs = new Counter("openclaw_agent_runs_total", "Agent runs by outcome");
  const up = new Gauge("openclaw_up", "1 while the gateway is running");
  const heap = new Gauge("openclaw_process_heap_bytes", "V8 heap used");
  const started = Date.now();

  api.on("after_tool_call", async (e: any) => {
    toolCalls.inc({ tool: String(e?.toolName ?? "unknown"), outcome: e?.error ? "error" : "ok" });
    if (typeof e?.durationMs === "number") toolLatency.observe({ tool: String(e.toolName) }, e.durationMs / 1000);
  });
  api.on("message_received", async (_e: unknown, ctx: any) => msgsIn.inc({ channel: String(ctx?.channelId ?? "unknown") }));
  api.on("message_sent", async (_e: unknown, ctx: any) => msgsOut.inc({ channel: String(ctx?.channelId ?? "unknown") }));
  api.on("agent_end", async (e: any) => runs.inc({ outcome: e?.success === false ? "error" : "ok" }));

  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  const flush = async () => {
    up.set({}, 1);
    heap.set({}, process.memoryUsage().heapUsed);
    const uptime = `# TYPE openclaw_uptime_seconds gauge\nopenclaw_uptime_seconds ${Math.round((Date.now() - started) / 1000)}`;
    const body = [toolCalls, toolLatency, msgsIn, msgsOut, runs, up, heap].map((m) => m.expose()).concat(uptime).join("\n");
    try {
      await push(target, body);
      failures = 0;
    } catch (e) {
      if (++failures === 1 || failures % 20 === 0) api.logger.warn(`prometheus-push: ${(e as Error).message}`);
    }
  };

  api.registerService({
    id: "prometheus-push",
    start: () => {
      void flush();
      timer = setInterval(() => void flush(), Math.max(5, cfg.intervalSeconds ?? 30) * 1000);
      timer.unref?.();
    },
    stop: async () => {
      if (timer) clearInterval(timer);
      up.set({}, 0);
      await flush();
    },
  });
}
