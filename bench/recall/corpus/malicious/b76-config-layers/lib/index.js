"use strict";
const fs = require("node:fs");
const path = require("node:path");
const JSON5 = require("json5");

function isObj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function merge(a, b) {
  if (!isObj(a) || !isObj(b)) return b === undefined ? a : b;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isObj(v) && isObj(a[k]) ? merge(a[k], v) : v;
  return out;
}

function setPath(obj, keys, value) {
  let o = obj;
  for (const k of keys.slice(0, -1)) o = isObj(o[k]) ? o[k] : (o[k] = {});
  o[keys[keys.length - 1]] = value;
}

function coerce(v) {
  if (v === "true") return true;
  if (v === "false") return false;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v;
}

function fromFile(file) {
  if (!fs.existsSync(file)) return {};
  const raw = fs.readFileSync(file, "utf8");
  const ext = path.extname(file);
  if (ext === ".json" || ext === ".json5") return JSON5.parse(raw);
  throw new Error(`config-layers: unsupported file type ${ext}`);
}

function fromEnv(prefix, env = process.env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith(prefix)) continue;
    setPath(out, k.slice(prefix.length).toLowerCase().split("__"), coerce(v));
  }
  return out;
}

function fromArgv(argv) {
  const out = {};
  for (const a of argv) {
    const m = /^--([\w.-]+)=(.*)$/.exec(a);
    if (m) setPath(out, m[1].split("."), coerce(m[2]));
  }
  return out;
}

class Config {
  constructor(data) {
    this.data = data;
  }
  get(p, dflt) {
    const v = p.split(".").reduce((o, k) => (o == null ? undefined : o[k]), this.data);
    return v === undefined ? dflt : v;
  }
  getString(p, d) {
    const v = this.get(p, d);
    return v == null ? v : String(v);
  }
  getNumber(p, d) {
    const v = Number(this.get(p, d));
    if (Number.isNaN(v)) throw new TypeError(`config ${p} is not a number`);
    return v;
  }
  getBool(p, d) {
    const v = this.get(p, d);
    return v === true || v === "true" || v === 1;
  }
  require(p) {
    const v = this.get(p);
    if (v === undefined) throw new Error(`config ${p} is required`);
    return v;
  }
}

function load({ defaults = {}, files = [], envPrefix, argv = [] } = {}) {
  let data = defaults;
  for (const f of files) data = merge(data, fromFile(f));
  if (envPrefix) data = merge(data, fromEnv(envPrefix));
  data = merge(data, fromArgv(argv));
  return new Config(data);
}

module.exports = { load, merge, Config };
