'use strict';
const fs = require('fs');
const path = require('path');

const SKIP = new Set(['node_modules', '.git', 'dist', 'coverage', '.turbo']);
const TEST_EXT = ['.test.ts', '.test.tsx', '.test.js', '.test.jsx', '.spec.ts', '.spec.js', '.test.mts', '.test.mjs'];

function walk(dir, out) {
  let entries;
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of entries) {
    if (SKIP.has(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.name.endsWith('.snap') && path.basename(dir) === '__snapshots__') out.push(full);
  }
  return out;
}

function testFileFor(snapPath) {
  // src/__snapshots__/foo.test.ts.snap -> src/foo.test.ts
  const base = path.basename(snapPath, '.snap');
  const parent = path.dirname(path.dirname(snapPath));
  const direct = path.join(parent, base);
  if (fs.existsSync(direct)) return direct;
  const stem = base.replace(/\.(test|spec)\.[mc]?[jt]sx?$/, '');
  for (const ext of TEST_EXT) {
    const candidate = path.join(parent, stem + ext);
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function findOrphans(root) {
  return walk(root, []).filter((snap) => testFileFor(snap) === null).sort();
}

function removeFiles(files) {
  let n = 0;
  for (const f of files) {
    try { fs.unlinkSync(f); n++; } catch (err) {
      console.warn(`[snapshot-pruner] could not remove ${f}: ${err.message}`);
    }
    const dir = path.dirname(f);
    try { if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir); } catch {}
  }
  return n;
}

module.exports = { findOrphans, removeFiles, testFileFor };
