"use strict";
const fs = require("fs");
const path = require("path");
const { parse } = require("./parse");
const { expand } = require("./expand");
const { prime } = require("./resolve");

function files(dir, mode) {
  const list = [".env"];
  if (mode !== "test") list.push(".env.local");
  if (mode) list.push(`.env.${mode}`, `.env.${mode}.local`);
  return list.map((f) => path.join(dir, f));
}

function config({ dir = process.cwd(), mode = process.env.NODE_ENV, override = false, quiet = true } = {}) {
  const merged = {};
  const loadedFrom = [];
  for (const f of files(dir, mode)) {
    let src;
    try {
      src = fs.readFileSync(f, "utf8");
    } catch {
      continue;
    }
    Object.assign(merged, parse(src));
    loadedFrom.push(f);
  }
  const expanded = expand(merged, process.env);
  for (const [k, v] of Object.entries(expanded)) {
    if (override || process.env[k] === undefined) process.env[k] = v;
  }
  if (!quiet) console.log(`[dotenv-layered] loaded ${loadedFrom.map((f) => path.basename(f)).join(", ") || "nothing"}`);
  prime({ ...expanded });
  return { parsed: expanded, files: loadedFrom };
}

module.exports = { config, parse, expand };
