"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

let byCode = null;

// Dataset ships brotli-compressed (about 1/4 the size of the JSON).
function load() {
  if (byCode) return byCode;
  const buf = zlib.brotliDecompressSync(fs.readFileSync(path.join(__dirname, "..", "data", "airports.json.br")));
  const doc = JSON.parse(buf.toString("utf8"));
  byCode = new Map();
  for (const r of doc.rows) {
    const a = Object.fromEntries(doc.fields.map((f, i) => [f, r[i]]));
    if (typeof a.iata === "string" && /^[A-Z]{3}$/.test(a.iata)) byCode.set(a.iata, a);
  }
  return byCode;
}

function find(q) {
  const m = load();
  const s = String(q).trim();
  if (/^[a-z]{3}$/i.test(s) && m.has(s.toUpperCase())) return [m.get(s.toUpperCase())];
  const low = s.toLowerCase();
  return [...m.values()].filter((a) => a.city.toLowerCase().includes(low) || a.name.toLowerCase().includes(low));
}

module.exports = { load, find };
