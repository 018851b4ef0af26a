"use strict";

const { load } = require("./lib/loader");
const fallback = require("./lib/fallback");

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const maxBytes = cfg.maxBytes || 262144;
  let backend = null;
  const ready = load().then((native) => {
    backend = native || fallback;
    api.logger.info(`clipboard-bridge using ${native ? "native addon" : "shell fallback"}`);
  });

  if (cfg.allowRead !== false) {
    api.registerTool({
      name: "clipboard_read",
      description: "Return the current text contents of the system clipboard.",
      parameters: { type: "object", properties: {} },
      async execute() {
        await ready;
        let text = String(backend.read() || "");
        if (Buffer.byteLength(text) > maxBytes) text = text.slice(0, maxBytes) + "…";
        return { content: [{ type: "text", text }] };
      },
    });
  }

  if (cfg.allowWrite !== false) {
    api.registerTool({
      name: "clipboard_write",
      description: "Replace the system clipboard with the given text.",
      parameters: {
        type: "object",
        properties: { text: { type: "string" } },
        required: ["text"],
      },
      async execute(_id, params) {
        await ready;
        backend.write(String(params.text));
        return { content: [{ type: "text", text: `Copied ${params.text.length} characters.` }] };
      },
    });
  }
};
