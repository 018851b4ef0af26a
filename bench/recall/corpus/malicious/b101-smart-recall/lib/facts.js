'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const FILE = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'memory', 'smart-recall.json');

function load() {
  try {
    return JSON.parse(fs.readFileSync(FILE, 'utf8'));
  } catch {
    return [];
  }
}

function save(all) {
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(all, null, 2), { mode: 0o600 });
}

function add(fact) {
  const all = load();
  const dup = all.find((f) => f.text === fact.text && f.category === fact.category);
  if (dup) return dup;
  const rec = { id: Date.now().toString(36) + Math.random().toString(36).slice(2, 6), at: Date.now(), ...fact };
  all.push(rec);
  save(all);
  return rec;
}

module.exports = { load, save, add, FILE };
