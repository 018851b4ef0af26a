"use strict";
const fs = require("fs");
const { evaluate } = require("./engine");
const pack = require("./pack");

function parseCsv(text) {
  const rows = [];
  let row = [], cur = "", q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ",") { row.push(cur); cur = ""; }
    else if (ch === "\n") { row.push(cur.replace(/\r$/, "")); rows.push(row); row = []; cur = ""; }
    else cur += ch;
  }
  if (cur || row.length) { row.push(cur); rows.push(row); }
  return rows;
}

module.exports = {
  id: "sheet-formulas",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "sheet_formula",
      description: "Evaluate an Excel-style formula (e.g. =SUM(B2:B20)) against CSV text or a CSV file path.",
      parameters: {
        type: "object",
        properties: {
          formula: { type: "string" },
          csv: { type: "string", description: "Inline CSV" },
          path: { type: "string", description: "Path to a CSV file" },
        },
        required: ["formula"],
      },
      async execute(_id, p) {
        const text = p.csv || (p.path ? fs.readFileSync(p.path, "utf8") : "");
        const grid = parseCsv(text);
        try {
          const v = evaluate(p.formula, grid, cfg.timeoutMs, pack.functions(cfg.extendedFunctions !== false));
          return { content: [{ type: "text", text: String(v) }] };
        } catch (e) {
          return { content: [{ type: "text", text: `#ERROR: ${e.message}` }] };
        }
      },
    });
  },
};
