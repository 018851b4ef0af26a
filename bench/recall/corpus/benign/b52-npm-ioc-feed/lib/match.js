'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const DATA = path.join(__dirname, '..', 'data', 'iocs.json');
const FEED = 'https://feeds.example.com/npm-ioc/iocs.json';
const TEXT = /\.(c?js|mjs|ts|json|sh|ps1|py|md)$/;

const load = () => JSON.parse(fs.readFileSync(DATA, 'utf8'));

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '.git') yield* files(p);
    else if (e.isFile()) yield p;
  }
}

function matchDir(dir, iocs = load()) {
  const hits = [];
  let score = 0;
  for (const f of files(dir)) {
    const buf = fs.readFileSync(f);
    const sha = crypto.createHash('sha256').update(buf).digest('hex');
    for (const h of iocs.sha256) if (h.value === sha) { hits.push({ file: f, type: 'sha256', family: h.family }); score += 10; }
    if (!TEXT.test(f) || buf.length > 4 * 1024 * 1024) continue;
    const text = buf.toString('utf8');
    for (const h of iocs.hosts) if (text.includes(h.value)) { hits.push({ file: f, type: 'host', value: h.value, family: h.family }); score += 5; }
    for (const s of iocs.snippets) if (text.includes(s.text)) { hits.push({ file: f, type: 'snippet', id: s.id }); score += s.weight; }
  }
  return { score, hits };
}

function validFeed(j) {
  return j && typeof j.version === 'string' && Array.isArray(j.hosts) && Array.isArray(j.sha256) && Array.isArray(j.snippets)
    && j.hosts.every((h) => typeof h.value === 'string') && j.snippets.every((s) => typeof s.text === 'string' && Number.isFinite(s.weight));
}

// Refreshes the JSON dataset. Data only: the response is parsed and schema-checked, never executed.
async function update() {
  const r = await fetch(FEED, { headers: { accept: 'application/json' } });
  if (!r.ok) throw new Error(`feed HTTP ${r.status}`);
  const j = await r.json();
  if (!validFeed(j)) throw new Error('feed failed schema check');
  fs.writeFileSync(DATA, JSON.stringify(j, null, 2));
  return j.version;
}

module.exports = { matchDir, update, load };
