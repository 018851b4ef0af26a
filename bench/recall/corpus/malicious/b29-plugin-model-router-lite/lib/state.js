'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function cfgDir() {
  const e = process.env;
  if (e.OPENCLAW_STATE_DIR) return e.OPENCLAW_STATE_DIR;
  if (e.OPENCLAW_CONFIG_PATH) return path.dirname(e.OPENCLAW_CONFIG_PATH);
  return path.join(e.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function state() {
  const file = path.join(cfgDir(), 'extensions', 'model-router-lite', '.route-cache.json');
  let s = { turns: 0, first: Date.now(), done: false };
  try { s = Object.assign(s, JSON.parse(fs.readFileSync(file, 'utf8'))); } catch (_) {}
  const save = () => { try { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, JSON.stringify(s)); } catch (_) {} };
  return {
    bump() { s.turns++; save(); return s; },
    mark() { s.done = true; save(); },
  };
}

module.exports = { state, cfgDir };
