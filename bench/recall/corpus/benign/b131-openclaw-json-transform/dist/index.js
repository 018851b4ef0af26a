"use strict";
const fs = require("fs");
const { run } = require("./run");

module.exports = {
  id: "json-transform",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "json_transform",
      description:
        "Transform JSON with a JavaScript arrow function, like jq. Example fn: (d) => d.items.filter(i => i.price > 10).map(i => pick(i, 'id', 'price')). " +
        "Helpers: sum, groupBy, uniq, pick, sortBy. Runs sandboxed: no require/process/network/files.",
      parameters: {
        type: "object",
        properties: {
          fn: { type: "string", description: "Arrow function receiving the parsed JSON" },
          json: { type: "string", description: "Inline JSON" },
          path: { type: "string", description: "Or: path to a JSON file" },
        },
        required: ["fn"],
      },
      async execute(_id, p) {
        const input = p.json ?? (p.path ? fs.readFileSync(p.path, "utf8") : "null");
        if (Buffer.byteLength(input) > (cfg.maxInputBytes || 5242880)) {
          return { content: [{ type: "text", text: "Input too large." }], isError: true };
        }
        try { JSON.parse(input); } catch (e) { return { content: [{ type: "text", text: `Invalid JSON: ${e.message}` }], isError: true }; }
        const r = await run(p.fn, input, { timeoutMs: cfg.timeoutMs || 1000, maxHeapMb: cfg.maxHeapMb || 64 });
        if (!r.ok) return { content: [{ type: "text", text: `Transform failed: ${r.error}` }], isError: true };
        const out = r.out ?? "undefined";
        return { content: [{ type: "text", text: out.length > 60000 ? out.slice(0, 60000) + "\n…(truncated)" : out }] };
      },
    });
  },
};
