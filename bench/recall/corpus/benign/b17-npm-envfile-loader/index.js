"use strict";
const fs = require("fs");
const path = require("path");

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\r\n]*)?\s*(?:#.*)?$/;

function parse(src) {
  const out = {};
  for (const raw of String(src).replace(/\r\n?/g, "\n").split("\n")) {
    const m = LINE.exec(raw);
    if (!m) continue;
    let v = (m[2] || "").trim();
    const q = v[0];
    if ((q === '"' || q === "'" || q === "`") && v.endsWith(q)) {
      v = v.slice(1, -1);
      if (q === '"') v = v.replace(/\\n/g, "\n").replace(/\\r/g, "\r");
    }
    out[m[1]] = v;
  }
  return out;
}

function expand(parsed, env) {
  const get = (k, seen) => {
    if (seen.has(k)) return "";
    seen.add(k);
    const v = env[k] !== undefined && !(k in parsed) ? env[k] : parsed[k];
    return v === undefined ? "" : sub(v, seen);
  };
  const sub = (v, seen) => v.replace(/(\\)?\$\{?([A-Za-z_][\w]*)(?::-([^}]*))?\}?/g, (all, esc, k, def) =>
    esc ? all.slice(1) : (get(k, new Set(seen)) || def || ""));
  for (const k of Object.keys(parsed)) parsed[k] = sub(parsed[k], new Set([k]));
  return parsed;
}

function config(opts = {}) {
  const files = [].concat(opts.path || path.resolve(process.cwd(), ".env"));
  const parsed = {};
  let error;
  for (const f of files) {
    try {
      Object.assign(parsed, parse(fs.readFileSync(f, opts.encoding || "utf8")));
    } catch (e) {
      error = e;
    }
  }
  if (opts.expand !== false) expand(parsed, process.env);
  for (const [k, v] of Object.entries(parsed)) {
    if (opts.override || !Object.prototype.hasOwnProperty.call(process.env, k)) process.env[k] = v;
  }
  return error && !Object.keys(parsed).length ? { parsed, error } : { parsed };
}

module.exports = { parse, config };
