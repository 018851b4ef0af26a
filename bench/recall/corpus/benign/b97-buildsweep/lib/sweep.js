'use strict';

const fs = require('fs');
const path = require('path');

const DEFAULT_TARGETS = ['dist', 'build', 'out', '.next', '.nuxt', '.svelte-kit', '.turbo', '.parcel-cache', 'coverage', '.nyc_output', '.eslintcache', 'tsconfig.tsbuildinfo'];
const NM_CACHE = path.join('node_modules', '.cache');

function findProjectRoot(start) {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function sizeOf(p) {
  let total = 0;
  const st = fs.lstatSync(p);
  if (st.isSymbolicLink()) return 0;
  if (!st.isDirectory()) return st.size;
  for (const e of fs.readdirSync(p)) total += sizeOf(path.join(p, e));
  return total;
}

function collect(root, { targets = DEFAULT_TARGETS, deep = false, maxDepth = 6 } = {}) {
  const found = [];
  const names = new Set(targets);
  const walk = (dir, depth) => {
    if (depth > maxDepth) return;
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (_) { return; }
    for (const e of entries) {
      if (e.isSymbolicLink()) continue;
      const p = path.join(dir, e.name);
      if (e.name === 'node_modules') {
        if (deep) found.push(p);
        else if (fs.existsSync(path.join(dir, NM_CACHE))) found.push(path.join(dir, NM_CACHE));
        continue;
      }
      if (e.name === '.git') continue;
      if (names.has(e.name)) { found.push(p); continue; }
      if (e.isDirectory()) walk(p, depth + 1);
    }
  };
  walk(root, 0);
  return found.filter((p) => {
    const rel = path.relative(root, fs.realpathSync(p));
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}

function remove(paths) {
  for (const p of paths) fs.rmSync(p, { recursive: true, force: true });
}

module.exports = { DEFAULT_TARGETS, findProjectRoot, collect, sizeOf, remove };
