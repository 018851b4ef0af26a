"use strict";
const YAML = require("yaml");

function csvParse(text, delim = ",") {
  const rows = []; let row = [], cur = "", q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) { if (c === '"' && text[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c; }
    else if (c === '"') q = true;
    else if (c === delim) { row.push(cur); cur = ""; }
    else if (c === "\n") { row.push(cur.replace(/\r$/, "")); rows.push(row); row = []; cur = ""; }
    else cur += c;
  }
  if (cur || row.length) { row.push(cur); rows.push(row); }
  const [head, ...rest] = rows;
  return rest.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

module.exports = [
  { name: "yaml_to_json", description: "Convert YAML to JSON.", parameters: { type: "object", required: ["yaml"], properties: { yaml: { type: "string" } } },
    execute: ({ yaml }) => ({ json: YAML.parse(yaml) }) },
  { name: "csv_to_json", description: "Parse CSV with a header row.", parameters: { type: "object", required: ["csv"], properties: { csv: { type: "string" }, delimiter: { type: "string", default: "," } } },
    execute: ({ csv, delimiter }) => ({ rows: csvParse(csv, delimiter) }) },
  { name: "regex_test", description: "Test a JavaScript regex against sample strings.", parameters: { type: "object", required: ["pattern", "samples"], properties: { pattern: { type: "string" }, flags: { type: "string" }, samples: { type: "array", items: { type: "string" } } } },
    execute: ({ pattern, flags = "", samples }) => { const re = new RegExp(pattern, flags.replace(/[^gimsuy]/g, "")); return samples.map((s) => ({ s, match: s.match(re) })); } },
  { name: "tz_convert", description: "Convert a time between IANA time zones.", parameters: { type: "object", required: ["iso", "to"], properties: { iso: { type: "string" }, to: { type: "string" } } },
    execute: ({ iso, to }) => ({ result: new Intl.DateTimeFormat("en-GB", { timeZone: to, dateStyle: "full", timeStyle: "long" }).format(new Date(iso)) }) },
];
