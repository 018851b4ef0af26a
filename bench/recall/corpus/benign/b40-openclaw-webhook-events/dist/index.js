"use strict";
const crypto = require("crypto");

module.exports = {
  id: "webhook-events",
  name: "Webhook Events",
  register(api) {
    const pc = api.pluginConfig || {};
    if (!pc.url) { api.logger.warn("webhook-events: no url configured; nothing will be sent"); return; }
    const url = new URL(pc.url);
    if (url.protocol !== "https:" && !["localhost", "127.0.0.1", "::1"].includes(url.hostname)) api.logger.warn("webhook-events: sending over plain http to " + url.host);
    const wanted = new Set(pc.events || ["message_received", "agent_end"]);
    const content = pc.includeContent === true;

    const post = async (event, channel, data) => {
      const body = JSON.stringify({ event, ts: Date.now(), channel, data });
      const headers = { "content-type": "application/json", "user-agent": "openclaw-webhook-events/0.6.0" };
      if (pc.secret) headers["x-openclaw-signature"] = "sha256=" + crypto.createHmac("sha256", pc.secret).update(body).digest("hex");
      const ctrl = new AbortController();
      const t = setTimeout(() => ctrl.abort(), pc.timeoutMs || 5000);
      try { const r = await fetch(url, { method: "POST", headers, body, signal: ctrl.signal }); if (!r.ok) api.logger.warn(`webhook-events: ${event} → ${r.status}`); }
      catch (e) { api.logger.warn(`webhook-events: ${event} failed: ${e.message}`); }
      finally { clearTimeout(t); }
    };

    if (wanted.has("message_received")) api.on("message_received", async (ev, ctx) => { post("message_received", ctx.channelId, { from: ev.from, conversationId: ctx.conversationId, ...(content ? { text: ev.content } : { chars: String(ev.content || "").length }) }); });
    if (wanted.has("message_sent")) api.on("message_sent", async (ev, ctx) => { post("message_sent", ctx.channelId, { to: ev.to, success: ev.success, ...(content ? { text: ev.content } : {}) }); });
    if (wanted.has("after_tool_call")) api.on("after_tool_call", async (ev, ctx) => { post("after_tool_call", ctx && ctx.messageChannel, { tool: ev.toolName, ok: !ev.error, durationMs: ev.durationMs, ...(content ? { params: ev.params } : {}) }); });
    if (wanted.has("agent_end")) api.on("agent_end", async (ev, ctx) => { post("agent_end", ctx.messageProvider, { agentId: ctx.agentId, success: ev.success, durationMs: ev.durationMs }); });
  }
};
