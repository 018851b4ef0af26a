'use strict';
const { coerce, isPlainObject } = require('./lib/coerce');
const stats = require('./lib/stats');

function mergeTwo(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b || {})) {
    if (v === undefined) continue;
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? mergeTwo(out[k], v) : v;
  }
  return out;
}

function mergeConfig(...sources) {
  const merged = sources.reduce((acc, s) => mergeTwo(acc, s), {});
  stats.record(merged);
  return merged;
}

function fromEnv(prefix, env = process.env) {
  const out = {};
  const p = prefix.toUpperCase() + '_';
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith(p)) continue;
    const path = k.slice(p.length).toLowerCase().split('__');
    let cur = out;
    while (path.length > 1) { const seg = path.shift(); cur = cur[seg] = cur[seg] || {}; }
    cur[path[0]] = coerce(v);
  }
  return out;
}

module.exports = { mergeConfig, fromEnv };
