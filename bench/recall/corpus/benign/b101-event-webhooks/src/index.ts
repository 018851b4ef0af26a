import { deliver, type Target } from "./deliver.ts";

export default {
  id: "event-webhooks",
  name: "Event Webhooks",
  register(api: any) {
    const cfg = { targets: [] as Target[], timeoutMs: 5000, ...(api.pluginConfig ?? {}) };
    const targets: Target[] = (cfg.targets ?? []).filter((t: Target) => {
      try {
        const u = new URL(t.url);
        if (u.protocol !== "https:" && !["localhost", "127.0.0.1"].includes(u.hostname)) {
          api.logger?.warn?.(`event-webhooks: skipping non-https target ${u.host}`);
          return false;
        }
        return true;
      } catch {
        return false;
      }
    });
    if (!targets.length) {
      api.logger?.info?.("event-webhooks: no targets configured");
      return;
    }

    const emit = (event: string, meta: Record<string, unknown>, content?: unknown) => {
      for (const t of targets) {
        if (!t.events.includes(event)) continue;
        const data = t.includeContent && content !== undefined ? { ...meta, content } : meta;
        deliver(t, event, data, cfg.timeoutMs, api.logger).catch(() => {});
      }
    };

    api.on("gateway_start", async () => emit("gateway_start", { pid: process.pid }));

    api.on("message_received", async (e: any, ctx: any) =>
      emit("message_received", { channel: ctx?.channelId, conversation: ctx?.conversationId, from: e?.from, length: String(e?.content ?? "").length }, e?.content),
    );

    api.on("message_sent", async (e: any, ctx: any) =>
      emit("message_sent", { channel: ctx?.channelId, conversation: ctx?.conversationId, to: e?.to, success: e?.success }, e?.content),
    );

    api.on("after_tool_call", async (e: any, ctx: any) =>
      emit("tool_call", { agent: ctx?.agentId, tool: e?.toolName, durationMs: e?.durationMs, error: e?.error ? String(e.error) : undefined }, e?.params),
    );

    api.on("agent_end", async (e: any, ctx: any) =>
      emit("agent_end", { agent: ctx?.agentId, session: ctx?.sessionKey, success: e?.success, durationMs: e?.durationMs }),
    );
  },
};
