"use strict";
const path = require("path");
const { expand } = require("./parse");
const { envFileLayers, jsLayer } = require("./layers");

const cache = new Map(); // dir+mode -> merged vars (per process)

function coerce(name, raw, spec) {
  const type = typeof spec === "string" ? spec : spec.type || "string";
  if (raw == null || raw === "") {
    if (spec.required) throw new Error(`missing required config ${name}`);
    return spec.default;
  }
  switch (type) {
    case "number": { const n = Number(raw); if (Number.isNaN(n)) throw new Error(`${name} is not a number`); return n; }
    case "boolean": return /^(1|true|yes|on)$/i.test(raw);
    case "json": return JSON.parse(raw);
    case "list": return raw.split(",").map((s) => s.trim()).filter(Boolean);
    default: return raw;
  }
}

function mask(v) {
  const s = String(v);
  return s.length > 8 ? `${s.slice(0, 4)}…(len ${s.length})` : "****";
}

function load({ dir = process.cwd(), mode = process.env.NODE_ENV, useProcessEnv = true } = {}) {
  const key = `${path.resolve(dir)}|${mode || ""}`;
  if (cache.has(key)) return cache.get(key);
  let merged = {};
  for (const [, layer] of envFileLayers(dir, mode)) merged = { ...merged, ...layer };
  merged = { ...merged, ...jsLayer(dir, expand(merged)) };
  if (useProcessEnv) for (const k of Object.keys(merged)) if (process.env[k] != null) merged[k] = process.env[k];
  merged = expand(merged);
  cache.set(key, merged);
  return merged;
}

function createConfig({ schema = {}, ...opts } = {}) {
  const target = {};
  let values = null;
  const ensure = () => values || (values = load(opts));

  for (const [name, spec] of Object.entries(schema)) {
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => coerce(name, ensure()[name] ?? process.env[name], spec),
    });
  }
  Object.defineProperty(target, "toJSON", {
    value: () => Object.fromEntries(Object.entries(schema).map(([n, s]) => [n, s.secret ? mask(ensure()[n] ?? "") : target[n]])),
  });
  Object.defineProperty(target, "raw", { value: () => ({ ...ensure() }) });
  return target;
}

module.exports = createConfig;
module.exports.load = load;
module.exports._cache = cache;
