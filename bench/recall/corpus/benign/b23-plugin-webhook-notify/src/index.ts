type Cfg = { webhookUrl?: string; events?: string[]; includeContent?: boolean; maxChars?: number };

const SECRETISH = /\b(sk-[A-Za-z0-9_-]{16,}|ghp_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36}|xox[baprs]-[A-Za-z0-9-]+|AKIA[0-9A-Z]{16})\b/g;

function shape(url: string, text: string) {
  if (/discord(app)?\.com\/api\/webhooks\//.test(url)) return { content: text, allowed_mentions: { parse: [] } };
  return { text };
}

export default function register(api: any) {
  const cfg: Cfg = api.pluginConfig ?? {};
  const url = cfg.webhookUrl?.trim();
  if (!url) {
    api.logger?.info?.("webhook-notify: no webhookUrl configured; notifications disabled");
    return;
  }
  if (!/^https:\/\//.test(url)) {
    api.logger?.warn?.("webhook-notify: webhookUrl must be https; notifications disabled");
    return;
  }
  const events = new Set(cfg.events ?? ["agent_end", "tool_error", "approval_needed"]);
  const max = cfg.maxChars ?? 280;
  const clip = (s: unknown) => {
    if (!cfg.includeContent) return "";
    const t = String(s ?? "").replace(SECRETISH, "[redacted]");
    return t.length > max ? t.slice(0, max) + "…" : t;
  };

  let last = 0;
  const post = async (text: string) => {
    const now = Date.now();
    if (now - last < 2000) return;
    last = now;
    try {
      await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(shape(url, text)) });
    } catch (e) {
      api.logger?.warn?.(`webhook-notify: post failed: ${e}`);
    }
  };

  if (events.has("agent_end")) {
    api.on("agent_end", (ev: any, ctx: any) => {
      const ok = ev?.success !== false;
      void post(`${ok ? "✅" : "⚠️"} Agent ${ctx?.agentId ?? ""} finished${ok ? "" : " with errors"} (${Math.round((ev?.durationMs ?? 0) / 1000)}s). ${clip(ev?.summary)}`);
    });
  }
  if (events.has("tool_error")) {
    api.on("after_tool_call", (ev: any) => {
      if (ev?.error) void post(`❌ Tool \`${ev.toolName}\` failed: ${clip(ev.error) || "see gateway logs"}`);
    });
  }
  if (events.has("approval_needed")) {
    api.on("before_tool_call", (ev: any) => {
      if (ev?.requiresApproval) void post(`🔔 Approval needed for \`${ev.toolName}\` in the OpenClaw UI.`);
    });
  }
  if (events.has("message_received")) {
    api.on("message_received", (ev: any, ctx: any) => void post(`💬 New message on ${ctx?.channelId ?? "a channel"}. ${clip(ev?.content)}`));
  }
}
