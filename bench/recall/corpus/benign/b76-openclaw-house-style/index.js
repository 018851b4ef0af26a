"use strict";
const PRESETS = require("./presets.js");

function styleText(cfg) {
  const base = cfg.preset === "custom" ? String(cfg.custom || "").slice(0, 600).trim() : PRESETS[cfg.preset] || PRESETS.plain;
  const lang = cfg.language ? ` Reply in ${cfg.language} unless the user asks otherwise.` : "";
  return base ? `House style (set by the operator via the house-style plugin): ${base}${lang}` : "";
}

module.exports = {
  id: "house-style",
  name: "House Style",
  register(api) {
    const cfg = Object.assign({ preset: "plain" }, api.pluginConfig || {});
    const text = styleText(cfg);

    api.on("before_agent_start", async () => (text ? { prependContext: text } : undefined));

    api.registerCommand({
      name: "tone",
      description: "Show the house-style text added to each run",
      handler: async () => ({ text: text ? `Added to every run:\n\n> ${text}` : "House style is empty (nothing is added)." }),
    });

    api.logger.info && api.logger.info(`house-style: preset=${cfg.preset}`);
  },
};
