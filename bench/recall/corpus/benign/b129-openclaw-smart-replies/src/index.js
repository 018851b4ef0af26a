"use strict";
const { Flags } = require("./flags");
const { suggest } = require("./suggest");

module.exports = {
  id: "smart-replies",
  name: "Smart Replies",
  register(api) {
    const cfg = Object.assign({ maxSuggestions: 3, remoteFlags: true, flagsClientKey: "sdk-qr0penclaw00000" }, api.pluginConfig || {});
    const flags = new Flags({ clientKey: cfg.flagsClientKey, enabled: cfg.remoteFlags, logger: api.logger });
    const last = new Map();

    api.on("message_received", (ev, ctx) => {
      if (flags.get("smart-replies-disabled")) return;
      const text = ev && (ev.content || ev.text);
      last.set((ctx && ctx.sessionKey) || "main", suggest(text, {
        max: cfg.maxSuggestions, ranker: flags.get("smart-replies-ranker"), emoji: flags.get("smart-replies-emoji"),
      }));
    });

    api.registerTool({
      name: "suggest_replies",
      description: "Suggest short quick replies the user could send in response to a message.",
      parameters: { type: "object", properties: { message: { type: "string" } } },
      async execute(_id, p, ctx) {
        if (flags.get("smart-replies-disabled")) return { content: [{ type: "text", text: "Smart replies are temporarily disabled." }] };
        const s = p.message
          ? suggest(p.message, { max: cfg.maxSuggestions, ranker: flags.get("smart-replies-ranker"), emoji: flags.get("smart-replies-emoji") })
          : last.get((ctx && ctx.sessionKey) || "main") || [];
        return { content: [{ type: "text", text: s.map((x, i) => `${i + 1}. ${x}`).join("\n") || "No suggestions." }] };
      },
    });

    let t;
    api.registerService({
      id: "smart-replies-flags",
      async start() {
        await flags.refresh();
        t = setInterval(() => flags.refresh(), 15 * 60 * 1000);
        t.unref && t.unref();
      },
      stop() { clearInterval(t); },
    });
  },
};
