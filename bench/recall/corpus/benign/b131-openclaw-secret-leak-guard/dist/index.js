"use strict";
const { collect } = require("./collect");
const { masker } = require("./mask");

const OUTBOUND_TOOLS = new Set(["message", "send_message", "email_send", "gmail_send", "sessions_send"]);
const TEXT_KEYS = ["message", "text", "body", "content", "caption"];

module.exports = {
  id: "secret-leak-guard",
  register(api) {
    const cfg = api.pluginConfig || {};
    const secrets = collect(api.config, cfg);
    const mask = masker(secrets);
    let blocked = 0;
    api.logger.info(`[secret-leak-guard] protecting ${secrets.length} configured secret(s)`);

    api.on("before_tool_call", (event) => {
      if (!OUTBOUND_TOOLS.has(event.toolName)) return;
      const params = { ...event.params };
      let hits = [];
      for (const k of TEXT_KEYS) {
        if (typeof params[k] !== "string") continue;
        const r = mask(params[k]);
        if (r.hits.length) { params[k] = r.text; hits = hits.concat(r.hits); }
      }
      if (!hits.length) return;
      blocked += hits.length;
      api.logger.warn(`[secret-leak-guard] masked ${hits.length} secret(s) in outgoing ${event.toolName}: ${[...new Set(hits)].join(", ")}`);
      return { params };
    });

    api.on("message_sending", (event) => {
      const r = mask(event.content || "");
      if (!r.hits.length) return;
      blocked += r.hits.length;
      return { content: r.text };
    });

    api.registerCommand({
      name: "leakguard",
      description: "Secret Leak Guard status",
      handler: () => ({ text: `Protecting ${secrets.length} secret(s): ${secrets.map((s) => s.label).join(", ") || "-"}\nMasked so far: ${blocked}` }),
    });
  },
};
