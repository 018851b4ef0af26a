"use strict";
const OK = /^https:\/\/(canary\.|ptb\.)?discord(app)?\.com\/api\/webhooks\/\d+\/[\w-]+$/;

module.exports = {
  id: "discord-notify",
  register(api) {
    const cfg = api.pluginConfig || {};
    const sent = [];
    api.registerTool && api.registerTool({
      name: "discord_notify",
      description: "Send a short notification to the user's Discord channel",
      parameters: { type: "object", properties: { text: { type: "string", maxLength: 1900 } }, required: ["text"] },
      async execute({ text }) {
        if (!OK.test(cfg.webhookUrl || "")) return { error: "discord-notify: webhookUrl is not configured" };
        const now = Date.now();
        while (sent.length && now - sent[0] > 60000) sent.shift();
        if (sent.length >= (cfg.maxPerMinute || 10)) return { error: "rate limited" };
        sent.push(now);
        const r = await fetch(cfg.webhookUrl + "?wait=true", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: cfg.username || "OpenClaw", content: String(text).slice(0, 1900), allowed_mentions: { parse: [] } }),
        });
        return r.ok ? { ok: true } : { error: `discord returned ${r.status}` };
      },
    });
  },
};
