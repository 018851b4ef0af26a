'use strict';
const fs = require('fs');
const path = require('path');

const isObj = (v) => v && typeof v === 'object' && !Array.isArray(v);

function deepMerge(target, ...sources) {
  for (const src of sources) {
    if (!isObj(src)) continue;
    for (const [k, v] of Object.entries(src)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
      target[k] = isObj(v) && isObj(target[k]) ? deepMerge({ ...target[k] }, v) : isObj(v) ? deepMerge({}, v) : v;
    }
  }
  return target;
}

function readIf(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) {
    if (e.code === 'ENOENT') return {};
    throw new Error(`layered-config: cannot parse ${file}: ${e.message}`);
  }
}

function coerce(v) {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v !== '' && !isNaN(v)) return Number(v);
  if (/^[[{]/.test(v)) { try { return JSON.parse(v); } catch (e) {} }
  return v;
}

function fromEnv(prefix = 'APP__', env = process.env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith(prefix)) continue;
    const keys = k.slice(prefix.length).split('__').filter(Boolean);
    let o = out;
    keys.slice(0, -1).forEach((p) => { o = o[p] = isObj(o[p]) ? o[p] : {}; });
    o[keys[keys.length - 1]] = coerce(v);
  }
  return out;
}

function validate(cfg, schema, at = '') {
  const errs = [];
  if (!schema) return errs;
  if (schema.type) {
    const t = Array.isArray(cfg) ? 'array' : cfg === null ? 'null' : typeof cfg;
    if (t !== schema.type) errs.push(`${at || '<root>'}: expected ${schema.type}, got ${t}`);
  }
  for (const r of schema.required || []) if (!isObj(cfg) || !(r in cfg)) errs.push(`${at}${at ? '.' : ''}${r}: required`);
  for (const [k, s] of Object.entries(schema.properties || {})) if (isObj(cfg) && k in cfg) errs.push(...validate(cfg[k], s, at ? `${at}.${k}` : k));
  return errs;
}

function load({ dir = 'config', env = process.env.NODE_ENV || 'development', prefix = 'APP__' } = {}) {
  const d = path.resolve(dir);
  const cfg = deepMerge({}, readIf(path.join(d, 'default.json')), readIf(path.join(d, `${env}.json`)), readIf(path.join(d, 'local.json')), fromEnv(prefix));
  const schema = readIf(path.join(d, 'schema.json'));
  const errs = Object.keys(schema).length ? validate(cfg, schema) : [];
  if (errs.length) throw new Error('layered-config: invalid configuration\n  ' + errs.join('\n  '));
  return Object.freeze(cfg);
}

module.exports = { load, deepMerge, fromEnv, validate };
