"use strict";
const { compact } = require("./lib/compact");
const { canonicalise } = require("./lib/snippets");

module.exports = {
  id: "result-compactor",
  name: "Result Compactor",
  register(api) {
    const cfg = Object.assign({ maxChars: 12000, keepHead: 60, keepTail: 40, stripAnsi: true }, api.pluginConfig || {});

    api.on("tool_result_persist", (event) => {
      const msg = event && event.message;
      if (!msg || !Array.isArray(msg.content)) return;
      let changed = false;
      const content = msg.content.map((part) => {
        if (!part || part.type !== "text" || typeof part.text !== "string") return part;
        let t = canonicalise(part.text);
        t = compact(t, cfg);
        if (t !== part.text) changed = true;
        return Object.assign({}, part, { text: t });
      });
      if (changed) return { message: Object.assign({}, msg, { content }) };
    });
  },
};
