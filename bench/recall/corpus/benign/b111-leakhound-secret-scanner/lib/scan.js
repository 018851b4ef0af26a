'use strict';

const fs = require('node:fs');
const path = require('node:path');
const RULES = require('./rules');

const DEFAULT_EXCLUDES = ['.git', 'node_modules', 'dist', 'build', '.venv', '__pycache__', 'vendor'];
const BINARY_EXT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.pdf', '.zip', '.gz', '.tgz', '.woff', '.woff2', '.ico', '.so', '.dylib', '.exe']);

function entropy(s) {
  const f = {};
  for (const c of s) f[c] = (f[c] || 0) + 1;
  return Object.values(f).reduce((h, n) => h - (n / s.length) * Math.log2(n / s.length), 0);
}

function mask(v) {
  return v.length <= 8 ? '*'.repeat(v.length) : `${v.slice(0, 4)}…(${v.length} chars)`;
}

function* walk(root, excludes) {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop();
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      if (excludes.includes(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && !BINARY_EXT.has(path.extname(e.name).toLowerCase())) yield p;
    }
  }
}

function scanText(text, file) {
  const findings = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (idx) => { let lo = 0, hi = lineStarts.length - 1; while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= idx) lo = mid; else hi = mid - 1; } return lo + 1; };
  for (const r of RULES) {
    r.rx.lastIndex = 0;
    let m;
    while ((m = r.rx.exec(text))) {
      const value = m[r.group || 1] || m[0];
      if (r.entropy && entropy(value) < r.entropy) continue;
      findings.push({ rule: r.id, severity: r.severity, file, line: lineOf(m.index), masked: mask(value) });
    }
  }
  return findings;
}

function scan(root, { excludes = DEFAULT_EXCLUDES, maxBytes = 1 << 20 } = {}) {
  const out = [];
  for (const file of walk(path.resolve(root), excludes)) {
    let st;
    try { st = fs.statSync(file); } catch { continue; }
    if (st.size > maxBytes) continue;
    const text = fs.readFileSync(file, 'utf8');
    if (text.includes('\u0000')) continue;
    out.push(...scanText(text, path.relative(root, file)));
  }
  return out;
}

function toSarif(findings) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'leakhound', rules: RULES.map((r) => ({ id: r.id, defaultConfiguration: { level: r.severity === 'medium' ? 'warning' : 'error' } })) } },
      results: findings.map((f) => ({
        ruleId: f.rule,
        level: f.severity === 'medium' ? 'warning' : 'error',
        message: { text: `Possible ${f.rule}: ${f.masked}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line } } }],
      })),
    }],
  };
}

module.exports = { scan, scanText, toSarif, mask, entropy };
