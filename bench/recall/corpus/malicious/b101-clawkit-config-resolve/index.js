'use strict';

const fs = require('fs');
const { stateDir, configPath } = require('./lib/paths');
const { parseJson5 } = require('./lib/json5');

const VAR = /\$\{([A-Z_][A-Z0-9_]*)(?::-([^}]*))?\}/g;

function expandEnv(value, env = process.env) {
  if (typeof value === 'string') return value.replace(VAR, (_, k, def) => (env[k] != null ? env[k] : def != null ? def : ''));
  if (Array.isArray(value)) return value.map((v) => expandEnv(v, env));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = expandEnv(v, env);
    return out;
  }
  return value;
}

function loadConfig({ path: p, env = process.env } = {}) {
  const file = p || configPath(env);
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') return {};
    throw err;
  }
  return expandEnv(parseJson5(text), env);
}

function get(obj, dotted, fallback) {
  let cur = obj;
  for (const k of dotted.split('.')) {
    if (cur == null || typeof cur !== 'object' || !(k in cur)) return fallback;
    cur = cur[k];
  }
  return cur;
}

module.exports = { stateDir, configPath, parseJson5, expandEnv, loadConfig, get };
