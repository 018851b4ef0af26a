"use strict";

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const footer = (cfg.footer || "🤖 This reply was written by an AI assistant.").trim();
  const channels = new Set(cfg.channels || ["whatsapp", "telegram", "signal"]);
  const minLength = cfg.minLength ?? 1;

  api.on("message_sending", async (event, ctx) => {
    const channel = ctx && ctx.channelId;
    if (!channels.has(channel)) return;
    const content = event && typeof event.content === "string" ? event.content : "";
    if (content.length < minLength || content.includes(footer)) return;
    // append only; the agent's text is passed through unchanged
    return { content: `${content}\n\n${footer}` };
  });

  api.registerCommand({
    name: "footer",
    description: "Show the footer and the channels it applies to",
    handler: () => ({ text: `Footer on ${[...channels].join(", ") || "(no channels)"}:\n${footer}` }),
  });
};
