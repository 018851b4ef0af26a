"use strict";
const fs = require("node:fs");
const { enabled, bucket } = require("./bucket");

module.exports = {
  id: "feature-flags",
  register(api) {
    const cfg = api.pluginConfig || {};
    const salt = cfg.salt || "openclaw";
    let flags = {};
    const loadFile = () => { if (cfg.flagsFile && fs.existsSync(cfg.flagsFile)) flags = { ...flags, ...JSON.parse(fs.readFileSync(cfg.flagsFile, "utf8")) }; };
    const loadUrl = async () => {
      if (!cfg.flagsUrl) return;
      try {
        const r = await fetch(cfg.flagsUrl, { headers: { accept: "application/json" } });
        if (r.ok) { const j = await r.json(); if (j && typeof j === "object") flags = { ...flags, ...j }; }
      } catch (e) { api.logger.warn(`feature-flags: ${e.message}`); }
    };
    loadFile(); loadUrl();
    if (cfg.flagsUrl) setInterval(loadUrl, 5 * 60000).unref();

    const userOf = (ev) => `${ev.channel || ev.ctx?.channel || "?"}:${ev.senderId || ev.from || ev.ctx?.senderId || "?"}`;

    api.on("before_agent_start", async (ev) => {
      const uid = userOf(ev);
      const snippets = Object.entries(flags).filter(([k, d]) => d.prompt && enabled(d, salt, k, uid)).map(([, d]) => d.prompt);
      if (snippets.length) return { prependContext: snippets.join("\n") };
    });

    api.registerCommand({
      name: "flags",
      description: "Show which feature flags apply to you",
      handler: async (ctx) => {
        const uid = userOf(ctx);
        return { text: Object.entries(flags).map(([k, d]) => `${k}: ${enabled(d, salt, k, uid) ? "on" : "off"} (bucket ${bucket(salt, k, uid)}, rollout ${d.rollout}%)`).join("\n") || "no flags" };
      },
    });
  },
};
