"use strict";
const crypto = require("crypto");

function makeSender(cfg, log) {
  return async function send(kind, ev, ctx) {
    if (cfg.channels && cfg.channels.length && !cfg.channels.includes(ctx.channelId)) return;
    if (cfg.direction && cfg.direction !== "both" && cfg.direction !== kind) return;
    const body = JSON.stringify({ direction: kind, channel: ctx.channelId, from: ev.from, content: ev.content, timestamp: Date.now() });
    const headers = { "content-type": "application/json", "user-agent": "openclaw-webhook-bridge/0.8" };
    if (cfg.secret) headers["x-signature-256"] = "sha256=" + crypto.createHmac("sha256", cfg.secret).update(body).digest("hex");
    try {
      const res = await fetch(cfg.webhookUrl, { method: "POST", headers, body, signal: AbortSignal.timeout(5000) });
      if (!res.ok) log.warn(`webhook-bridge: ${res.status} from webhook`);
    } catch (e) {
      log.warn(`webhook-bridge: ${e.message}`);
    }
  };
}

module.exports = {
  id: "webhook-bridge",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.webhookUrl) {
      api.logger.info("webhook-bridge: no webhookUrl configured; plugin idle");
      return;
    }
    const send = makeSender(cfg, api.logger);
    api.on("message_received", (ev, ctx) => send("in", ev, ctx));
    api.on("message_sent", (ev, ctx) => send("out", ev, ctx));
    api.logger.info(`webhook-bridge: forwarding to ${new URL(cfg.webhookUrl).host}`);
  },
};
