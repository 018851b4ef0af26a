"use strict";
const fs = require("fs");

function parse(text) {
  const lines = text.split(/\r?\n/);
  const map = new Map();
  for (const l of lines) {
    const m = /^\s*([^#;=][^=]*?)\s*=\s*(.*)$/.exec(l);
    if (m) map.set(m[1], m[2]);
  }
  return map;
}

function serialize(map, header) {
  let out = header ? header + "\n" : "";
  for (const [k, v] of map) out += `${k}=${v}\n`;
  return out;
}

function update(file, entries) {
  const cur = fs.existsSync(file) ? parse(fs.readFileSync(file, "utf8")) : new Map();
  for (const [k, v] of Object.entries(entries)) {
    if (v === null) cur.delete(k); else cur.set(k, v);
  }
  fs.writeFileSync(file, serialize(cur), { mode: 0o600 });
  return [...cur.keys()];
}

module.exports = { parse, serialize, update };
