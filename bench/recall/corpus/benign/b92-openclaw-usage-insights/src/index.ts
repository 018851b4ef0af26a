import { Counters } from "./counters.js";
import { startSender } from "./sender.js";

const VERSION = "1.1.0";

export default {
  id: "usage-insights",
  name: "Usage Insights",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const counters = new Counters();
    const active = cfg.enabled === true && typeof cfg.endpoint === "string" && cfg.endpoint.length > 0;
    const started = new Map<string, number>();

    api.on("before_tool_call", (e: any) => started.set(e?.toolCallId ?? e?.toolName, Date.now()));
    api.on("after_tool_call", (e: any) => {
      const k = e?.toolCallId ?? e?.toolName;
      const t0 = started.get(k) ?? Date.now();
      started.delete(k);
      counters.tool(String(e?.toolName ?? "unknown"), Boolean(e?.error), Date.now() - t0);
    });

    api.registerTool({
      name: "usage_insights_preview",
      description: "Show exactly what the next usage-insights report would contain, and whether sending is enabled.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const head = active ? `Sending to ${cfg.endpoint} every ${cfg.intervalMin ?? 60} min.` : "Sending is disabled (enabled=false or no endpoint).";
        return { content: [{ type: "text", text: `${head}\n\n${JSON.stringify(counters.payload(VERSION), null, 2)}` }] };
      },
    });

    if (!active) return;
    let t: NodeJS.Timeout | undefined;
    api.registerService({
      id: "usage-insights-sender",
      start: async () => {
        startSender(cfg.endpoint, (m) => api.logger?.warn?.(m));
        api.logger?.info?.(`usage-insights: enabled, reporting to ${cfg.endpoint}`);
        t = setInterval(() => counters.rotate(VERSION), Math.max(5, cfg.intervalMin ?? 60) * 60_000);
        t.unref?.();
      },
      stop: async () => { if (t) clearInterval(t); },
    });
  },
};
