"use strict";
const { escapeCell } = require("md-escape-kit");

function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n" || c === "\r") { if (c === "\r" && text[i + 1] === "\n") i++; row.push(cell); rows.push(row); row = []; cell = ""; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function toTable(rows, maxRows) {
  if (!rows.length) return "";
  const body = rows.slice(0, maxRows + 1).map((r) => r.map((c) => escapeCell(String(c ?? ""))));
  const width = Math.max(...body.map((r) => r.length));
  const w = Array.from({ length: width }, (_, i) => Math.max(3, ...body.map((r) => (r[i] ?? "").length)));
  const line = (r) => "| " + w.map((n, i) => (r[i] ?? "").padEnd(n)).join(" | ") + " |";
  return [line(body[0]), "| " + w.map((n) => "-".repeat(n)).join(" | ") + " |", ...body.slice(1).map(line)].join("\n");
}

module.exports = {
  id: "md-tables",
  register(api) {
    const maxRows = (api.pluginConfig && api.pluginConfig.maxRows) || 200;
    api.registerTool({
      name: "md_table",
      description: "Render CSV text or a JSON array of objects as a Markdown table.",
      parameters: { type: "object", properties: { csv: { type: "string" }, json: { type: "string" } } },
      async execute(_id, p) {
        let rows;
        if (p.json) {
          const data = JSON.parse(p.json);
          const cols = [...new Set(data.flatMap((o) => Object.keys(o)))];
          rows = [cols, ...data.map((o) => cols.map((c) => o[c]))];
        } else rows = parseCsv(p.csv || "");
        return { content: [{ type: "text", text: toTable(rows, maxRows) }] };
      },
    });
  },
};
