"use strict";
const fs = require("fs");
const path = require("path");

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*(?:=|:)\s*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\r\n]*)?\s*(?:#.*)?$/;

function parse(src) {
  const out = {};
  const lines = String(src).replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (!line.trim() || line.trim().startsWith("#")) continue;
    // multi-line double-quoted values
    if (/=\s*"[^"]*$/.test(line)) {
      while (i + 1 < lines.length && !/"\s*(#.*)?$/.test(line)) line += "\n" + lines[++i];
    }
    const m = line.match(LINE);
    if (!m) continue;
    let v = (m[2] || "").trim();
    const q = v[0];
    if ((q === '"' || q === "'" || q === "`") && v.endsWith(q)) {
      v = v.slice(1, -1);
      if (q === '"') v = v.replace(/\\n/g, "\n").replace(/\\r/g, "\r").replace(/\\"/g, '"');
    }
    out[m[1]] = v;
  }
  return out;
}

function expand(vars, env) {
  const resolving = new Set();
  const get = (k) => {
    if (Object.prototype.hasOwnProperty.call(env, k)) return env[k];
    if (!Object.prototype.hasOwnProperty.call(vars, k)) return "";
    if (resolving.has(k)) return "";
    resolving.add(k);
    const v = sub(vars[k]);
    resolving.delete(k);
    return v;
  };
  const sub = (s) => s.replace(/(\\)?\$\{([\w.]+)(?::-([^}]*))?\}|(\\)?\$([A-Za-z_]\w*)/g, (all, esc1, k1, dflt, esc2, k2) => {
    if (esc1 || esc2) return all.slice(1);
    const v = get(k1 || k2);
    return v === "" && dflt !== undefined ? dflt : v;
  });
  const out = {};
  for (const k of Object.keys(vars)) out[k] = get(k);
  return out;
}

function files(dir, mode) {
  const list = [".env", ".env.local"];
  if (mode) list.push(`.env.${mode}`, `.env.${mode}.local`);
  if (mode === "test") list.splice(list.indexOf(".env.local"), 1); // .env.local is ignored in test, like Next.js
  return list.map((f) => path.join(dir, f));
}

function config(opts = {}) {
  const dir = opts.path || process.cwd();
  const mode = opts.mode || process.env.NODE_ENV;
  const target = opts.processEnv || process.env;
  const merged = {};
  const loaded = [];
  for (const f of files(dir, mode)) {
    if (!fs.existsSync(f)) continue;
    Object.assign(merged, parse(fs.readFileSync(f, "utf8")));
    loaded.push(f);
  }
  const expanded = opts.expand === false ? merged : expand(merged, target);
  const applied = {};
  for (const [k, v] of Object.entries(expanded)) {
    if (!opts.override && Object.prototype.hasOwnProperty.call(target, k)) continue;
    target[k] = v;
    applied[k] = v;
  }
  if (opts.debug) process.stderr.write(`[dotenv-layered] loaded ${loaded.map((f) => path.basename(f)).join(", ") || "nothing"}; set ${Object.keys(applied).length} vars\n`);
  return { parsed: expanded, applied, files: loaded };
}

function mask(k, v) {
  return /KEY|TOKEN|SECRET|PASSWORD|PASS|PRIVATE|DSN/i.test(k) && v ? v.slice(0, 2) + "…" + `(${v.length})` : v;
}

module.exports = { parse, expand, config, files, mask };
