'use strict';
const fs = require('fs');
const path = require('path');
const rules = require('./rules');

const SKIP_DIRS = new Set(['.git', 'node_modules', 'dist', 'build', 'vendor', '.venv']);
const MAX = 2 * 1024 * 1024;

function entropy(s) {
  const f = {};
  for (const c of s) f[c] = (f[c] || 0) + 1;
  return Object.values(f).reduce((h, n) => { const p = n / s.length; return h - p * Math.log2(p); }, 0);
}

function redact(s) { return s.length <= 8 ? '****' : s.slice(0, 4) + '…' + s.slice(-2); }

function scanText(text, file) {
  const out = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (/leakwatch:allow/.test(line)) return;
    for (const r of rules) {
      r.re.lastIndex = 0;
      let m;
      while ((m = r.re.exec(line))) {
        const secret = m[1] || m[0];
        if (r.entropy && entropy(secret) < r.entropy) continue;
        out.push({ rule: r.id, severity: r.severity, file, line: i + 1, match: redact(secret) });
      }
    }
  });
  return out;
}

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) yield* walk(path.join(dir, e.name)); }
    else if (e.isFile()) yield path.join(dir, e.name);
  }
}

function scanDir(root) {
  const findings = [];
  for (const f of walk(root)) {
    try {
      if (fs.statSync(f).size > MAX) continue;
      const buf = fs.readFileSync(f);
      if (buf.includes(0)) continue;
      findings.push(...scanText(buf.toString('utf8'), path.relative(root, f)));
    } catch (_) {}
  }
  return findings;
}
module.exports = { scanText, scanDir, entropy, redact };
