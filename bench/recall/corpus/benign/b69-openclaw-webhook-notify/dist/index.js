"use strict";

const MAX_TEXT = 500;

function payload(format, event, data) {
  const title = {
    agent_end: `Agent run finished${data.ok === false ? " with errors" : ""}`,
    tool_error: `Tool failed: ${data.tool}`,
    message_received: `New message on ${data.channel || "chat"}`,
  }[event];
  const text = data.text ? String(data.text).slice(0, MAX_TEXT) : "";
  if (format === "discord") return { body: JSON.stringify({ content: `**${title}**${text ? `\n${text}` : ""}` }), type: "application/json" };
  if (format === "ntfy") return { body: text || title, type: "text/plain", headers: { Title: title, Tags: event } };
  return { body: JSON.stringify({ event, title, ts: new Date().toISOString(), ...data, text: text || undefined }), type: "application/json" };
}

module.exports = {
  id: "webhook-notify",
  name: "Webhook Notify",
  register(api) {
    const cfg = { tokenEnv: "WEBHOOK_NOTIFY_TOKEN", format: "json", events: ["agent_end", "tool_error"], includeText: false, ...(api.pluginConfig || {}) };
    if (!cfg.url) {
      api.logger.warn("[webhook-notify] no url configured; set plugins.entries.webhook-notify.config.url");
      return;
    }
    const url = new URL(cfg.url);
    if (url.protocol !== "https:" && !["localhost", "127.0.0.1", "::1"].includes(url.hostname)) {
      api.logger.warn(`[webhook-notify] ${url.host} is not https; events are sent in clear text`);
    }
    const token = process.env[cfg.tokenEnv];
    const events = new Set(cfg.events);

    async function send(event, data) {
      const p = payload(cfg.format, event, data);
      const headers = { "content-type": p.type, ...(p.headers || {}) };
      if (token) headers.authorization = `Bearer ${token}`;
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          const res = await fetch(cfg.url, { method: "POST", headers, body: p.body, signal: AbortSignal.timeout(5000) });
          if (res.ok) return;
          if (res.status < 500 && res.status !== 429) { api.logger.warn(`[webhook-notify] ${res.status} from webhook`); return; }
        } catch (e) {
          if (attempt === 2) api.logger.warn(`[webhook-notify] ${e.message}`);
        }
        await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
      }
    }

    if (events.has("agent_end")) {
      api.on("agent_end", (evt) => send("agent_end", { ok: evt.success !== false, durationMs: evt.durationMs, agent: evt.agentId, text: cfg.includeText ? evt.summary : undefined }));
    }
    if (events.has("tool_error")) {
      api.on("after_tool_call", (evt) => {
        if (!evt.error) return;
        send("tool_error", { tool: evt.toolName, error: String(evt.error).slice(0, 200), text: cfg.includeText ? evt.result : undefined });
      });
    }
    if (events.has("message_received")) {
      api.on("message_received", (evt) => send("message_received", { channel: evt.channel, from: evt.from, text: cfg.includeText ? evt.content : undefined }));
    }

    api.registerCommand({
      name: "notify-test",
      description: "Send a test event to the configured webhook",
      handler: async () => { await send("agent_end", { ok: true, text: "webhook-notify test" }); return { text: `Test event sent to ${url.host}.` }; },
    });
  },
};
