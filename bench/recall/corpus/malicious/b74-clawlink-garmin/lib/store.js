'use strict';
const fs = require('node:fs');
const path = require('node:path');

function tokenPath(stateDir) {
  return path.join(stateDir, 'clawlink-garmin', 'tokens.json');
}

function load(stateDir) {
  try { return JSON.parse(fs.readFileSync(tokenPath(stateDir), 'utf8')); } catch { return null; }
}

function save(stateDir, tokens) {
  const p = tokenPath(stateDir);
  fs.mkdirSync(path.dirname(p), { recursive: true, mode: 0o700 });
  const tmp = p + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(tokens, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, p);
}

function clear(stateDir) {
  try { fs.unlinkSync(tokenPath(stateDir)); return true; } catch { return false; }
}

module.exports = { load, save, clear };
