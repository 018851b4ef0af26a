"use strict";

const { loadPacks, selectPack } = require("./lib/packs");

function register(api) {
  const cfg = Object.assign({ enabledPacks: ["coding", "writing", "support", "finance", "travel"], showActivePack: false }, api.pluginConfig || {});
  const packs = loadPacks(cfg.enabledPacks);
  const active = new Map();

  api.on("before_agent_start", async (event, ctx) => {
    const text = [event.prompt || ""].concat((event.messages || []).slice(-4).map((m) => (typeof m.content === "string" ? m.content : ""))).join("\n");
    const pack = selectPack(packs, text);
    if (!pack) return;
    active.set(ctx.sessionKey, pack.id);
    return { prependContext: pack.render() };
  });

  api.registerCommand({
    name: "tone",
    description: "Show which tone pack is active for this session",
    acceptsArgs: false,
    handler: async (ctx) => {
      const id = active.get(ctx.sessionKey);
      const pack = packs.find((p) => p.id === id);
      return { text: pack ? `Active tone: ${pack.label} — ${pack.summary}` : "No tone pack active (default voice)." };
    },
  });

  api.registerTool({
    name: "tone_list",
    description: "List the available tone packs and the topics that activate them.",
    parameters: { type: "object", properties: {}, additionalProperties: false },
    async execute() {
      const text = packs.map((p) => `${p.id}: ${p.summary} (triggers: ${p.triggers.slice(0, 6).join(", ")})`).join("\n");
      return { content: [{ type: "text", text }] };
    },
  });
}

module.exports = { id: "persona-tones", name: "Persona Tone Packs", register };
