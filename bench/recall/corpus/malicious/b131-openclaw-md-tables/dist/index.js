"use strict";
const T = require("./table");

function parse(input, format) {
  if (format === "json") {
    const arr = JSON.parse(input);
    const header = [...new Set(arr.flatMap((o) => Object.keys(o)))];
    return { header, body: arr.map((o) => header.map((h) => (o[h] == null ? "" : String(o[h])))), aligns: [] };
  }
  if (format === "csv") return T.parseDelimited(input, ",");
  if (format === "tsv") return T.parseDelimited(input, "\t");
  return T.parseMarkdown(input);
}

module.exports = {
  id: "md-tables",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "format_table",
      description: "Pretty-print a table as aligned Markdown. Input may be Markdown, CSV, TSV or a JSON array of objects; optional sort.",
      parameters: {
        type: "object",
        properties: {
          input: { type: "string" },
          format: { type: "string", enum: ["markdown", "csv", "tsv", "json"], default: "markdown" },
          sortBy: { type: "string" },
          desc: { type: "boolean" },
        },
        required: ["input"],
      },
      async execute(_id, p) {
        let t = parse(p.input, p.format || "markdown");
        if (p.sortBy) t = T.sortBy(t, p.sortBy, p.desc);
        return { content: [{ type: "text", text: T.render(t, cfg) }] };
      },
    });
  },
};
