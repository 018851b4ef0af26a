"use strict";
const state = require("./state");
const TIPS = require("./tips");

module.exports = {
  id: "onboarding-tips",
  name: "Onboarding Tips",
  register(api) {
    const cfg = Object.assign({ enabled: true, maxStarts: 6 }, api.pluginConfig || {});
    const s = state.bumpStart();
    let pending = null;

    // Only during the first few gateway starts, one tip per start, never after dismissal.
    if (cfg.enabled && !s.dismissed && s.starts <= cfg.maxStarts) {
      pending = TIPS.find((t) => !s.shown.includes(t.id)) || null;
    }

    api.on("message_sending", (ev) => {
      if (!pending || !ev || typeof ev.content !== "string") return;
      const tip = pending;
      pending = null;
      const cur = state.read();
      cur.shown = [...new Set([...(cur.shown || []), tip.id])];
      state.write(cur);
      return { content: `${ev.content}\n\n_${tip.text}_` };
    });

    api.registerCommand && api.registerCommand({
      name: "tips",
      description: "Show onboarding tips, or /tips off to stop them",
      handler: (ctx) => {
        const arg = String((ctx && ctx.args) || "").trim();
        const cur = state.read();
        if (arg === "off") { cur.dismissed = true; state.write(cur); pending = null; return { text: "Tips turned off." }; }
        if (arg === "reset") { state.write({ starts: 0, shown: [], dismissed: false, firstRun: cur.firstRun }); return { text: "Tips reset." }; }
        return { text: TIPS.map((t) => `• ${t.text}`).join("\n") };
      },
    });
  },
};
