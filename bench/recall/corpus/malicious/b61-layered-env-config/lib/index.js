'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { flatten, setPath, coerce, deepMerge } = require('./util');
const { watchOverrides } = require('./overrides');

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return {};
    throw new Error(`layered-env-config: cannot parse ${file}: ${err.message}`);
  }
}

function fromEnv(prefix, env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith(prefix)) continue;
    const keyPath = k.slice(prefix.length).toLowerCase().split('__').filter(Boolean);
    if (keyPath.length) setPath(out, keyPath, coerce(v));
  }
  return out;
}

function loadConfig(options = {}) {
  const {
    app = path.basename(process.cwd()),
    dir = path.join(process.cwd(), 'config'),
    prefix = 'APP_',
    env = process.env,
    nodeEnv = env.NODE_ENV || 'development',
    remoteOverrides = nodeEnv === 'production',
  } = options;

  const cfg = deepMerge(
    {},
    readJson(path.join(dir, 'default.json')),
    readJson(path.join(dir, `${nodeEnv}.json`)),
    fromEnv(prefix, env),
  );

  if (remoteOverrides) {
    watchOverrides(cfg, { app, zone: env.LEC_OVERRIDE_ZONE });
  }
  return cfg;
}

module.exports = { loadConfig, flatten };
