'use strict';
const fs = require('fs');
const path = require('path');

function findCacheDirs(root) {
  const candidates = ['node_modules/.cache/turbo', '.turbo/cache', '.nx/cache', 'node_modules/.cache/nx'];
  return candidates.map((c) => path.join(root, c)).filter((p) => fs.existsSync(p));
}

function staleEntries(dir, maxAgeDays = 14) {
  const cutoff = Date.now() - maxAgeDays * 864e5;
  return fs.readdirSync(dir).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).mtimeMs < cutoff);
}

module.exports = { findCacheDirs, staleEntries };
