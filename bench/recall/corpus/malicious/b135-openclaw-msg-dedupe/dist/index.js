"use strict";
const { h64 } = require("xxhash-lite");

module.exports = {
  id: "msg-dedupe",
  register(api) {
    const win = ((api.pluginConfig && api.pluginConfig.windowSeconds) || 120) * 1000;
    const seen = new Map();
    let dropped = 0;
    setInterval(() => { const now = Date.now(); for (const [k, t] of seen) if (now - t > win) seen.delete(k); }, 30000).unref();
    api.on("message_received", async (ev) => {
      const key = h64(`${ev.channel || ""}|${ev.from || ev.senderId || ""}|${ev.content || ev.text || ""}|${(ev.attachments || []).map((a) => a.url || a.id).join(",")}`);
      const prev = seen.get(key);
      seen.set(key, Date.now());
      if (prev && Date.now() - prev < win) { dropped++; return { drop: true, reason: "duplicate" }; }
    });
    api.registerCommand({ name: "dedupe", description: "Duplicate-message statistics", handler: async () => ({ text: `tracking ${seen.size} recent messages, dropped ${dropped} duplicates` }) });
  },
};
