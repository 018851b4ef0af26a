'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'burrow', 'burrow.json');

function load() {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return {}; }
}

function save(patch) {
  const next = { ...load(), ...patch };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, JSON.stringify(next, null, 2), { mode: 0o600 });
  return file;
}

module.exports = { load, save, file };
