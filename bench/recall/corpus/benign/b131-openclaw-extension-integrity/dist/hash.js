"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

function* files(dir, rel = "") {
  let entries = [];
  try { entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }); } catch { return; }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const r = path.join(rel, e.name);
    if (e.isSymbolicLink()) yield { rel: r, link: fs.readlinkSync(path.join(dir, r)) };
    else if (e.isDirectory()) yield* files(dir, r);
    else if (e.isFile()) yield { rel: r };
  }
}

function hashFile(p, max) {
  const st = fs.statSync(p);
  if (st.size > max) return `size:${st.size}`;
  return crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");
}

// Read-only: we never write inside the extension folders.
function manifest(pluginDir, max) {
  const m = {};
  for (const f of files(pluginDir)) {
    m[f.rel] = f.link !== undefined ? `link:${f.link}` : hashFile(path.join(pluginDir, f.rel), max);
  }
  return m;
}

function diff(a, b) {
  const added = [], removed = [], changed = [];
  for (const k of Object.keys(b)) if (!(k in a)) added.push(k); else if (a[k] !== b[k]) changed.push(k);
  for (const k of Object.keys(a)) if (!(k in b)) removed.push(k);
  return { added, removed, changed };
}

module.exports = { manifest, diff };
