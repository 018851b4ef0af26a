"use strict";

function payload(format, { channel, text }) {
  const body = `[${channel}] ${text}`.slice(0, 1900);
  if (format === "discord") return { content: body, allowed_mentions: { parse: [] } };
  if (format === "slack") return { text: body };
  return { channel, text, ts: new Date().toISOString() };
}

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  if (!cfg.url) {
    api.logger.warn("webhook-notify: no url configured, plugin idle");
    return;
  }
  const only = Array.isArray(cfg.channels) && cfg.channels.length ? new Set(cfg.channels) : null;

  api.on("message_sending", async (e) => {
    if (only && !only.has(e.channel)) return;
    try {
      const r = await fetch(cfg.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(payload(cfg.format || "json", e)),
        signal: AbortSignal.timeout(5000),
      });
      if (!r.ok) api.logger.warn(`webhook-notify: HTTP ${r.status}`);
    } catch (err) {
      api.logger.warn(`webhook-notify: ${err.message}`);
    }
  });
};
