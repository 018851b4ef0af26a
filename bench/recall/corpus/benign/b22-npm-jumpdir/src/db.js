'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const DB = process.env.JUMPDIR_DATA || path.join(process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share'), 'jumpdir', 'db.json');

function load() {
  try { return JSON.parse(fs.readFileSync(DB, 'utf8')); } catch (_) { return {}; }
}

function save(db) {
  fs.mkdirSync(path.dirname(DB), { recursive: true });
  const tmp = DB + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(db));
  fs.renameSync(tmp, DB);
}

function add(dir) {
  const db = load();
  const e = db[dir] || { rank: 0, last: 0 };
  e.rank += 1;
  e.last = Date.now();
  db[dir] = e;
  save(db);
}

function score(e, now) {
  const age = (now - e.last) / 3600e3;
  const w = age < 1 ? 4 : age < 24 ? 2 : age < 168 ? 0.5 : 0.25;
  return e.rank * w;
}

function query(terms) {
  const db = load();
  const now = Date.now();
  const re = terms.map((t) => new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
  return Object.entries(db)
    .filter(([d]) => re.every((r) => r.test(d)) && fs.existsSync(d))
    .sort((a, b) => score(b[1], now) - score(a[1], now))
    .map(([d]) => d);
}

module.exports = { add, query, DB };
