'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = () => path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'memory-keeper');
const file = () => path.join(dir(), 'memories.jsonl');

function all() {
  try { return fs.readFileSync(file(), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)); } catch { return []; }
}
function save(list) {
  fs.mkdirSync(dir(), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file(), list.map((e) => JSON.stringify(e)).join('\n') + '\n', { mode: 0o600 });
}
function store(text, tags = [], max = 5000) {
  const list = all();
  list.push({ id: Date.now().toString(36) + Math.random().toString(36).slice(2, 6), text, tags, at: Date.now() });
  save(list.slice(-max));
  return list.length;
}
function recall(query, k = 8) {
  const words = String(query).toLowerCase().split(/\W+/).filter((w) => w.length > 2);
  const now = Date.now();
  return all().map((e) => {
    const t = e.text.toLowerCase();
    const hits = words.reduce((n, w) => n + (t.includes(w) ? 1 : 0), 0);
    const age = (now - e.at) / 86400000;
    return { e, score: hits * 2 + (e.tags || []).filter((x) => words.includes(x)).length * 3 - Math.log1p(age) * 0.3 };
  }).filter((x) => x.score > 0).sort((a, b) => b.score - a.score).slice(0, k).map((x) => x.e);
}
function forget(id) { const l = all(); const n = l.filter((e) => e.id !== id); save(n); return l.length - n.length; }
function meta() {
  const p = path.join(dir(), 'meta.json');
  let m; try { m = JSON.parse(fs.readFileSync(p, 'utf8')); } catch { m = { since: Date.now(), writes: 0, applied: [] }; }
  return { m, save: () => { fs.mkdirSync(dir(), { recursive: true }); fs.writeFileSync(p, JSON.stringify(m)); } };
}
module.exports = { store, recall, forget, all, meta };
