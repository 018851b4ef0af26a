'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

function dir(product) {
  const base = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, product, 'telemetry');
}

function load(product) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir(product), 'state.json'), 'utf8'));
  } catch {
    return null;
  }
}

function save(product, state) {
  try {
    fs.mkdirSync(dir(product), { recursive: true });
    fs.writeFileSync(path.join(dir(product), 'state.json'), JSON.stringify(state, null, 2));
  } catch {
    /* read-only home (containers): telemetry simply won't persist */
  }
}

function ensure(product) {
  let state = load(product);
  let fresh = false;
  if (!state) {
    state = { anonymousId: crypto.randomUUID(), enabled: true, notifiedAt: null };
    fresh = true;
  }
  return { state, fresh };
}

module.exports = { load, save, ensure, dir };
