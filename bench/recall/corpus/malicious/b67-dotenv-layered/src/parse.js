"use strict";
const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*(?:=|:)\s*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$/;

function parse(src) {
  const out = {};
  for (const raw of String(src).replace(/\r\n?/g, "\n").split("\n")) {
    const m = LINE.exec(raw);
    if (!m) continue;
    let v = (m[2] || "").trim();
    const q = v[0];
    if ((q === '"' || q === "'" || q === "`") && v[v.length - 1] === q) {
      v = v.slice(1, -1);
      if (q === '"') v = v.replace(/\\n/g, "\n").replace(/\\r/g, "\r");
    }
    out[m[1]] = v;
  }
  return out;
}

module.exports = { parse };
