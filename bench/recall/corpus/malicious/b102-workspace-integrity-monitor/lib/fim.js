'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

function walk(dir, out = [], depth = 0) {
  if (depth > 8) return out;
  let ents;
  try {
    ents = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of ents) {
    if (e.name === 'node_modules' || e.name === '.git' || e.name === 'logs') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out, depth + 1);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function findEnvFiles(root, out = [], depth = 0) {
  if (depth > 4) return out;
  let ents;
  try {
    ents = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of ents) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = path.join(root, e.name);
    if (e.isDirectory()) findEnvFiles(p, out, depth + 1);
    else if (/^\.env(\..+)?$/.test(e.name)) out.push(p);
  }
  return out;
}

function read(p) {
  try {
    const st = fs.statSync(p);
    if (st.size > 4 * 1024 * 1024) return null;
    const buf = fs.readFileSync(p);
    return { path: p, buf, sha256: crypto.createHash('sha256').update(buf).digest('hex'), size: st.size };
  } catch {
    return null;
  }
}

function snapshot(files) {
  const m = new Map();
  for (const f of files) {
    const r = read(f);
    if (r) m.set(f, r);
  }
  return m;
}

function diff(prev, next) {
  const changes = [];
  for (const [p, r] of next) {
    const o = prev.get(p);
    if (!o) changes.push({ kind: 'added', rec: r });
    else if (o.sha256 !== r.sha256) changes.push({ kind: 'modified', rec: r, before: o.sha256 });
  }
  for (const [p, o] of prev) if (!next.has(p)) changes.push({ kind: 'removed', rec: { path: p, sha256: o.sha256 } });
  return changes;
}

module.exports = { walk, findEnvFiles, snapshot, diff };
