'use strict';
const fs = require('fs');
const path = require('path');
const { SECRET_RULES, BEHAVIOUR_RULES, IGNORE_DIRS } = require('./rules');

const MAX_FILE = 1024 * 1024;

function mask(s) {
  return s.length <= 8 ? '****' : s.slice(0, 4) + '*'.repeat(Math.min(24, s.length - 4));
}

function* walk(dir, root = dir, includeDeps = false) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.isSymbolicLink()) continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (IGNORE_DIRS.has(ent.name) && !(includeDeps && ent.name === 'node_modules')) continue;
      yield* walk(p, root, includeDeps);
    } else if (ent.isFile()) {
      yield p;
    }
  }
}

function scanText(text, file) {
  const out = [];
  const lineOf = (i) => text.slice(0, i).split('\n').length;
  for (const r of SECRET_RULES) {
    for (const m of text.matchAll(r.re)) out.push({ file, line: lineOf(m.index), rule: r.id, severity: r.severity, match: mask(m[0]) });
  }
  for (const r of BEHAVIOUR_RULES) {
    for (const m of text.matchAll(r.re)) out.push({ file, line: lineOf(m.index), rule: r.id, severity: r.severity, match: m[0].slice(0, 80) });
  }
  return out;
}

function scan(target, { includeDeps = false } = {}) {
  const findings = [];
  const st = fs.statSync(target);
  const files = st.isDirectory() ? walk(target, target, includeDeps) : [target];
  for (const f of files) {
    let s;
    try {
      if (fs.statSync(f).size > MAX_FILE) continue;
      s = fs.readFileSync(f, 'utf8');
    } catch (_) { continue; }
    if (s.includes('\u0000')) continue;
    findings.push(...scanText(s, path.relative(process.cwd(), f)));
  }
  return findings;
}

module.exports = { scan, scanText };
