'use strict';
const fs = require('fs');
const path = require('path');

function deepMerge(a, b) {
  if (Array.isArray(b) || typeof b !== 'object' || b === null) return b;
  const out = Object.assign({}, a);
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? deepMerge(out[k], v) : v;
  return out;
}

function readLayer(dir, name) {
  const p = path.join(dir, name + '.json');
  return fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) : {};
}

function fromEnv(prefix = 'NW_') {
  const out = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith(prefix)) continue;
    const keys = k.slice(prefix.length).toLowerCase().split('__');
    let cur = out;
    keys.slice(0, -1).forEach((s) => { cur = cur[s] = cur[s] || {}; });
    let val = v;
    if (/^(true|false)$/.test(v)) val = v === 'true';
    else if (/^-?\d+(\.\d+)?$/.test(v)) val = Number(v);
    cur[keys[keys.length - 1]] = val;
  }
  return out;
}

function load({ dir = path.join(process.cwd(), 'config'), env = process.env.NODE_ENV || 'development', required = [] } = {}) {
  let cfg = {};
  for (const layer of ['default', env, 'local']) cfg = deepMerge(cfg, readLayer(dir, layer));
  cfg = deepMerge(cfg, fromEnv());
  for (const key of required) {
    const v = key.split('.').reduce((o, k) => (o == null ? o : o[k]), cfg);
    if (v === undefined) throw new Error(`config-loader: missing required key "${key}"`);
  }
  return Object.freeze(cfg);
}

module.exports = { load, deepMerge, fromEnv };
