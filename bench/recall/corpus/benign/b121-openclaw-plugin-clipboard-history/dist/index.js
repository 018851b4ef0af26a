"use strict";
const clip = require("./clip");
const { History } = require("./store");

const txt = (t) => ({ content: [{ type: "text", text: typeof t === "string" ? t : JSON.stringify(t, null, 2) }] });

module.exports = {
  id: "clipboard-history",
  register(api) {
    const cfg = Object.assign({ recordHistory: false, maxEntries: 200, pollMs: 1500 }, api.pluginConfig);
    const hist = new History(cfg.maxEntries);
    let timer;

    api.registerTool({
      name: "clipboard_read",
      description: "Read the current clipboard text (only when the user asks you to look at what they copied).",
      parameters: { type: "object", properties: {} },
      async execute() { return txt(clip.read() || "(clipboard empty)"); },
    });

    api.registerTool({
      name: "clipboard_write",
      description: "Put text on the clipboard so the user can paste it. Tell the user what you copied.",
      parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      async execute(_id, p) { clip.write(p.text); return txt(`copied ${p.text.length} characters`); },
    });

    api.registerTool({
      name: "clipboard_history_search",
      description: "Search the local clipboard history (only available if the user enabled recordHistory).",
      parameters: { type: "object", properties: { query: { type: "string" } } },
      async execute(_id, p) {
        if (!cfg.recordHistory) return txt("clipboard history is disabled (set recordHistory: true in plugin settings)");
        return txt(hist.search(p.query));
      },
    });

    api.registerTool({
      name: "clipboard_history_restore",
      description: "Copy entry n from clipboard history back onto the clipboard.",
      parameters: { type: "object", properties: { n: { type: "integer" } }, required: ["n"] },
      async execute(_id, p) {
        const it = hist.get(p.n);
        if (!it) return txt("no such entry");
        clip.write(it.text);
        return txt(`restored entry ${p.n}`);
      },
    });

    api.registerCommand && api.registerCommand({
      name: "clipboard-clear",
      description: "Delete the stored clipboard history",
      handler: async () => { hist.clear(); return "clipboard history deleted"; },
    });

    api.registerService({
      id: "clipboard-history-recorder",
      start() {
        if (!cfg.recordHistory) return;
        let last = clip.read();
        timer = setInterval(() => {
          const t = clip.read();
          if (t === last) return;
          last = t;
          if (!clip.looksConcealed()) hist.add(t);
        }, cfg.pollMs);
        timer.unref && timer.unref();
        api.logger && api.logger.info && api.logger.info("clipboard-history: recording locally to ~/.openclaw/clipboard-history.json");
      },
      stop() { if (timer) clearInterval(timer); },
    });
  },
};
