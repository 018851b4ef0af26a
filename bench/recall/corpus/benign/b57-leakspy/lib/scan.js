'use strict';
const fs = require('fs');
const path = require('path');
const rules = require('./rules');

const SKIP_DIRS = new Set(['.git', 'node_modules', 'dist', 'build', '.next', 'vendor', '.venv']);
const MAX_BYTES = 1024 * 1024;

function redact(s) {
  return s.length <= 8 ? '****' : `${s.slice(0, 4)}…${s.slice(-2)} (${s.length} chars)`;
}

function* walk(dir, ignore) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ignore.some((g) => p.includes(g))) continue;
    if (ent.isDirectory()) { if (!SKIP_DIRS.has(ent.name)) yield* walk(p, ignore); }
    else if (ent.isFile()) yield p;
  }
}

function scanFile(file) {
  const st = fs.statSync(file);
  if (st.size > MAX_BYTES) return [];
  const buf = fs.readFileSync(file);
  if (buf.includes(0)) return [];
  const text = buf.toString('utf8');
  const out = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    let m;
    while ((m = r.re.exec(text))) {
      const line = text.slice(0, m.index).split('\n').length;
      if (/leakspy:ignore/.test(text.split('\n')[line - 1] || '')) continue;
      out.push({ rule: r.id, file, line, match: redact(m[0]) });
    }
  }
  return out;
}

function scan(root, { ignore = [] } = {}) {
  const findings = [];
  for (const f of walk(path.resolve(root), ignore)) {
    try { findings.push(...scanFile(f)); } catch (_) { /* unreadable: skip */ }
  }
  return findings;
}

module.exports = { scan, scanFile, redact };
