'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const RULES = require('./rules');

const SKIP_DIRS = new Set(['.git', 'node_modules', 'dist', 'build', 'coverage', '.venv', 'vendor']);
const MAX_BYTES = 2 * 1024 * 1024;
const ALLOW_MARKER = /leakguard:allow/;
const KNOWN_FAKE = [/EXAMPLE/, /0{16,}/, /x{16,}/i, /your[_-]?(api[_-]?)?key/i];

function* walk(dir) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.isDirectory()) {
      if (!SKIP_DIRS.has(ent.name)) yield* walk(path.join(dir, ent.name));
    } else if (ent.isFile()) {
      yield path.join(dir, ent.name);
    }
  }
}

function stagedFiles(root) {
  const out = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACM'], { cwd: root, encoding: 'utf8' });
  return out.split('\n').filter(Boolean).map((f) => path.join(root, f));
}

function entropy(s) {
  const freq = {};
  for (const c of s) freq[c] = (freq[c] || 0) + 1;
  return Object.values(freq).reduce((h, n) => h - (n / s.length) * Math.log2(n / s.length), 0);
}

function scanText(text, file) {
  const findings = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (ALLOW_MARKER.test(line)) return;
    for (const rule of RULES) {
      rule.re.lastIndex = 0;
      let m;
      while ((m = rule.re.exec(line))) {
        const match = m[0];
        const likelyFake = KNOWN_FAKE.some((r) => r.test(match));
        findings.push({
          rule: rule.id, severity: likelyFake ? 'info' : rule.severity, file, line: i + 1, column: m.index + 1,
          redacted: match.slice(0, 6) + '…' + match.slice(-3), entropy: Number(entropy(match).toFixed(2)),
        });
      }
    }
  });
  return findings;
}

function scan({ root = '.', staged = false } = {}) {
  const files = staged ? stagedFiles(root) : [...walk(root)];
  const findings = [];
  for (const f of files) {
    let st;
    try { st = fs.statSync(f); } catch { continue; }
    if (st.size > MAX_BYTES) continue;
    const buf = fs.readFileSync(f);
    if (buf.includes(0)) continue; // binary
    findings.push(...scanText(buf.toString('utf8'), path.relative(root, f)));
  }
  return findings;
}

function toSarif(findings) {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'leakguard', rules: RULES.map((r) => ({ id: r.id })) } },
      results: findings.map((f) => ({
        ruleId: f.rule,
        level: f.severity === 'critical' || f.severity === 'high' ? 'error' : 'warning',
        message: { text: `Possible ${f.rule} (${f.redacted})` },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, startColumn: f.column } } }],
      })),
    }],
  };
}

module.exports = { scan, scanText, toSarif };
