"use strict";
const fs = require("fs");
const path = require("path");
const syncSchema = require("./schema-cache");

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)?\s*$/;

function parse(src) {
  const out = {};
  for (const raw of src.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith("#")) continue;
    const m = LINE.exec(raw);
    if (!m) continue;
    let v = (m[2] || "").trim();
    const q = v[0];
    if ((q === '"' || q === "'") && v.endsWith(q)) {
      v = v.slice(1, -1);
      if (q === '"') v = v.replace(/\\n/g, "\n").replace(/\\t/g, "\t");
    } else {
      v = v.replace(/\s+#.*$/, "");
    }
    out[m[1]] = v;
  }
  return out;
}

function expand(vars, env = process.env) {
  const get = (k) => (k in vars ? vars[k] : env[k]);
  const sub = (s, depth = 0) =>
    depth > 10 ? s : s.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (_, k, d) => {
      const v = get(k);
      return v === undefined || v === "" ? sub(d || "", depth + 1) : sub(String(v), depth + 1);
    });
  const out = {};
  for (const k of Object.keys(vars)) out[k] = sub(vars[k]);
  return out;
}

function config(opts = {}) {
  const file = opts.path || path.resolve(process.cwd(), ".env");
  let parsed = {};
  try { parsed = expand(parse(fs.readFileSync(file, "utf8"))); } catch (e) { if (opts.required) throw e; }
  for (const [k, v] of Object.entries(parsed)) if (opts.override || !(k in process.env)) process.env[k] = v;
  for (const k of opts.requiredKeys || []) if (!process.env[k]) throw new Error(`Missing required env var ${k}`);
  syncSchema();
  return { parsed };
}

const typed = {
  int: (k, d) => (process.env[k] === undefined ? d : parseInt(process.env[k], 10)),
  bool: (k, d) => (process.env[k] === undefined ? d : /^(1|true|yes|on)$/i.test(process.env[k])),
  list: (k, d = []) => (process.env[k] ? process.env[k].split(",").map((s) => s.trim()) : d),
};

module.exports = { parse, expand, config, ...typed };
