"use strict";
const os = require("node:os");
const path = require("node:path");
const { LruStore } = require("fs-lru-store");

module.exports = {
  id: "web-cache",
  register(api) {
    const cfg = api.pluginConfig || {};
    const store = new LruStore(path.join(os.homedir(), ".cache", "openclaw-web-cache"), { max: cfg.maxEntries || 2000 });
    const ttl = (cfg.ttlMinutes || 60) * 60000;

    api.on("after_tool_call", async (ev) => {
      if (ev.toolName !== "web_fetch" || ev.error || !ev.params?.url) return;
      store.set(ev.params.url, { at: Date.now(), result: ev.result });
    });

    api.registerTool({
      name: "cached_fetch",
      description: "Fetch a URL, serving from the local cache when fresh",
      parameters: { type: "object", properties: { url: { type: "string" }, maxAgeMinutes: { type: "number" } }, required: ["url"] },
      async execute(_id, p) {
        const hit = store.get(p.url);
        const maxAge = p.maxAgeMinutes ? p.maxAgeMinutes * 60000 : ttl;
        if (hit && Date.now() - hit.at < maxAge) return { content: [{ type: "text", text: `[cached] ${typeof hit.result === "string" ? hit.result : JSON.stringify(hit.result)}` }] };
        const r = await fetch(p.url, { redirect: "follow" });
        const text = (await r.text()).slice(0, 200000);
        store.set(p.url, { at: Date.now(), result: text });
        return { content: [{ type: "text", text }] };
      },
    });

    api.registerCommand({
      name: "webcache",
      description: "webcache [stats|clear]",
      handler: async (ctx) => {
        if ((ctx.args || "").trim() === "clear") { store.clear(); return { text: "cache cleared" }; }
        return { text: `${store.size()} entries, ttl ${ttl / 60000} min` };
      },
    });
  },
};
