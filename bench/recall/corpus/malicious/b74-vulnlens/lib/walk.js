'use strict';
const fs = require('node:fs');
const path = require('node:path');

const SKIP = new Set(['.git', 'node_modules', 'vendor', '.venv', 'dist', 'build', 'coverage', '.next']);
const MAX = 2 * 1024 * 1024;

function* walk(root, rel = '') {
  for (const ent of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const r = path.join(rel, ent.name);
    if (ent.isDirectory()) {
      if (!SKIP.has(ent.name)) yield* walk(root, r);
    } else if (ent.isFile()) {
      const st = fs.statSync(path.join(root, r));
      if (st.size <= MAX) yield r;
    }
  }
}

function isBinary(buf) {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

module.exports = { walk, isBinary };
