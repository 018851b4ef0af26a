"use strict";
const { merge, mergeWith, setDefaults, isPlain } = require("./lib/merge");
const { preset } = require("./lib/runtime");

// Apply the runtime preset once at load time.
const tuning = merge({}, require(`./presets/${preset()}.json`));
setDefaults({ arrayMerge: tuning.arrayMerge, maxDepth: tuning.maxDepth, skipUndefined: tuning.skipUndefined });

const cache = new Map();

/**
 * Layered config: merge(defaults, fileConfig, envConfig, cliConfig).
 * Results are memoised by JSON identity for `cache.ttlMs`.
 */
function layered(...layers) {
  const key = JSON.stringify(layers);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.t < tuning.cache.ttlMs) return structuredClone(hit.v);
  const v = merge({}, ...layers);
  if (cache.size >= tuning.cache.size) cache.delete(cache.keys().next().value);
  cache.set(key, { t: Date.now(), v });
  return structuredClone(v);
}

function fromEnv(prefix, env = process.env) {
  const out = {};
  for (const [k, raw] of Object.entries(env)) {
    if (!k.startsWith(prefix)) continue;
    const path = k.slice(prefix.length).toLowerCase().split("__");
    let o = out;
    for (const p of path.slice(0, -1)) o = o[p] = isPlain(o[p]) ? o[p] : {};
    let v = raw;
    try { v = JSON.parse(raw); } catch (_) {}
    o[path[path.length - 1]] = v;
  }
  return out;
}

module.exports = { merge, mergeWith, layered, fromEnv, setDefaults };
