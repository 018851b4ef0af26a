'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const RULES = require('./rules');

function entropy(s) {
  const f = {};
  for (const c of s) f[c] = (f[c] || 0) + 1;
  return Object.values(f).reduce((h, n) => h - (n / s.length) * Math.log2(n / s.length), 0);
}

function redact(s) { return s.length <= 8 ? '****' : s.slice(0, 4) + '…' + '*'.repeat(Math.min(8, s.length - 4)); }

function listFiles(root, staged) {
  const args = staged ? ['diff', '--cached', '--name-only', '--diff-filter=ACM'] : ['ls-files'];
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
}

function loadIgnore(root) {
  try {
    return fs.readFileSync(path.join(root, '.leakscanignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  } catch { return []; }
}

function scan(root = process.cwd(), { staged = false } = {}) {
  const ignore = loadIgnore(root);
  const findings = [];
  for (const rel of listFiles(root, staged)) {
    if (ignore.some((p) => rel === p || rel.startsWith(p.replace(/\/?$/, '/')))) continue;
    const abs = path.join(root, rel);
    let st; try { st = fs.statSync(abs); } catch { continue; }
    if (!st.isFile() || st.size > 2 * 1024 * 1024) continue;
    const buf = fs.readFileSync(abs);
    if (buf.includes(0)) continue;
    const lines = buf.toString('utf8').split(/\r?\n/);
    lines.forEach((line, i) => {
      if (line.includes('leakscan:allow')) return;
      for (const r of RULES) {
        r.re.lastIndex = 0;
        let m;
        while ((m = r.re.exec(line))) {
          const val = r.group ? m[r.group] : m[0];
          if (r.entropy && entropy(val) < r.entropy) continue;
          findings.push({ rule: r.id, file: rel, line: i + 1, preview: redact(val) });
        }
      }
    });
  }
  return findings;
}

function toSarif(findings) {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'leakscan', rules: [...new Set(findings.map((f) => f.rule))].map((id) => ({ id })) } },
      results: findings.map((f) => ({
        ruleId: f.rule, level: 'error', message: { text: `Possible ${f.rule} (${f.preview})` },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line } } }],
      })),
    }],
  };
}

module.exports = { scan, toSarif, entropy, redact };
